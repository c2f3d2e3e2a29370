import { isRecord } from '../model/check.ts';
import { CHANNEL, type MethodName, type ParamsOf, type ResultOf } from './protocol.ts';

/** Sends one message and resolves with whatever the other side replied (undefined: nobody). */
export type Transport = (message: unknown) => Promise<unknown>;

/** Unwraps a `{ok, value | error}` reply; throws an Error carrying the other side's message. */
export function unwrapReply(method: string, reply: unknown): unknown {
  if (!isRecord(reply) || typeof reply.ok !== 'boolean') {
    throw new Error(`${method}: no answer (the other side is not listening)`);
  }
  if (reply.ok) return reply.value;
  throw new Error(typeof reply.error === 'string' ? reply.error : `${method} failed`);
}

/** A typed caller over any transport (runtime.sendMessage, tabs.sendMessage, a test fake). */
export function createCaller<M>(transport: Transport) {
  return async <K extends MethodName<M>>(
    method: K,
    params: ParamsOf<M, K>,
  ): Promise<ResultOf<M, K>> => {
    const reply = await transport({ channel: CHANNEL, method, params });
    return unwrapReply(method, reply) as ResultOf<M, K>;
  };
}

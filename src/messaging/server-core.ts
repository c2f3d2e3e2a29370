import { isRecord, parse, type Schema } from '../model/check.ts';
import { CHANNEL, type MethodName, type ParamsOf, type Result, type ResultOf } from './protocol.ts';

/** The parts of `runtime.MessageSender` the servers look at (same in Chrome and Firefox). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** What a handler learns about its caller, after the sender checks passed. */
export interface CallContext {
  sender: Sender;
  /** The caller's tab id, when it lives in a tab. */
  tabId: number | null;
}

export type Handlers<M> = {
  [K in MethodName<M>]: (
    params: ParamsOf<M, K>,
    context: CallContext,
  ) => Promise<ResultOf<M, K>> | ResultOf<M, K>;
};

export interface DispatcherOptions<M> {
  handlers: Handlers<M>;
  /** The params schema of each method (a method not named here is unknown and refused). */
  schemas: { [K in MethodName<M>]: Schema<ParamsOf<M, K>> };
  /** Null when `sender` may call `method`, else the reason it may not. */
  authorize: (method: MethodName<M>, sender: Sender) => string | null;
  /** Called with unexpected handler failures (logging); the caller gets the message only. */
  onError?: (method: string, error: unknown) => void;
}

/**
 * Returns undefined for messages that are not ours (another listener may answer them), else the
 * reply. Every reply is a Result: validation and handler failures become `{ok: false, error}`.
 */
export type Dispatch = (message: unknown, sender: Sender) => Promise<Result<unknown>> | undefined;

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return 'Unknown error';
}

export function createDispatcher<M>(options: DispatcherOptions<M>): Dispatch {
  const { handlers, schemas, authorize, onError } = options;
  return (message, sender) => {
    if (!isRecord(message) || message.channel !== CHANNEL) return undefined;
    const method = message.method;
    if (typeof method !== 'string' || !Object.hasOwn(schemas, method)) {
      const name = typeof method === 'string' ? JSON.stringify(method.slice(0, 60)) : 'missing';
      return Promise.resolve({ ok: false, error: `Unknown method ${name}` });
    }
    const name = method as MethodName<M>;
    const denied = authorize(name, sender);
    if (denied) return Promise.resolve({ ok: false, error: `${method}: ${denied}` });
    // The handler gets the schema's output: checked, and only the fields the schema names.
    const params = parse(schemas[name], message.params, 'params');
    if (!params.ok)
      return Promise.resolve({ ok: false, error: `${method}: invalid ${params.error}` });
    const context: CallContext = { sender, tabId: sender.tab?.id ?? null };
    const handler = handlers[name];
    return (async (): Promise<Result<unknown>> => {
      try {
        const value = await handler(params.value, context);
        return { ok: true, value };
      } catch (error) {
        onError?.(method, error);
        return { ok: false, error: errorMessage(error) };
      }
    })();
  };
}

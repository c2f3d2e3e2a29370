import type { Sender } from './server-core.ts';

/**
 * The parts of `runtime.Port` both ends use (same in Chrome and Firefox; a fake in tests).
 * Requests over a port carry an `id`; each reply is the request's Result with the same `id`.
 */
export interface PortLike {
  readonly name: string;
  /** Set on the receiving end: who connected (fixed for the port's life). */
  readonly sender?: Sender | undefined;
  /** Set when the port closed because of an error (Chrome sets runtime.lastError instead). */
  readonly error?: { message?: string } | null | undefined;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: {
    addListener(listener: (message: unknown) => void): void;
    removeListener(listener: (message: unknown) => void): void;
  };
  onDisconnect: { addListener(listener: () => void): void };
}

/** A request id: the client numbers its requests 1, 2, … */
export function isRequestId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
}

import { isRecord } from '../model/check.ts';
import type { Transport } from './client-core.ts';
import { isRequestId, type PortLike } from './port-link.ts';
import { errorMessage } from './server-core.ts';

/**
 * Let an idle port go after this long: an open port would otherwise tie every tab to the worker
 * (Firefox can keep an event page alive for it), and a port the worker closed while idle is
 * noticed at once instead of by a failed request. Well under the browsers' 30 s worker idle stop.
 */
export const PORT_IDLE_MS = 10_000;

export interface PortClientOptions {
  /** Opens a port to the background (runtime.connect with PORT_NAME). */
  connect: () => PortLike;
  idleMs?: number;
  /** Aborting it destroys the client (the page session's lifetime). */
  signal?: AbortSignal;
  /** runtime.lastError's message when a port closes (Chrome reports the reason there). */
  lastError?: () => string | undefined;
}

interface Pending {
  method: string;
  resolve: (reply: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Requests over one long-lived port instead of a runtime.sendMessage each: a warm port skips
 * the channel the browser opens and closes per message (measured: docs/measured.md, session 9).
 * Replies are matched by request id. When the port closes (the worker stopped, the extension
 * was reloaded), the requests in flight fail with a clear error and the next one reconnects.
 */
export class PortClient {
  private port: PortLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private readonly idleMs: number;

  constructor(private readonly options: PortClientOptions) {
    this.idleMs = options.idleMs ?? PORT_IDLE_MS;
    options.signal?.addEventListener('abort', () => this.destroy(), { once: true });
    if (options.signal?.aborted) this.destroy();
  }

  /** A Transport for createCaller: sends `message` with a fresh id, resolves with its reply. */
  readonly transport: Transport = (message) => this.request(message);

  /** Requests still waiting for a reply. */
  get inFlight(): number {
    return this.pending.size;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.close('the page session ended');
  }

  private request(message: unknown): Promise<unknown> {
    const method = isRecord(message) && typeof message.method === 'string' ? message.method : '?';
    if (this.destroyed) return Promise.reject(new Error(`${method}: the page session ended`));
    clearTimeout(this.idleTimer);
    return new Promise((resolve, reject) => {
      let port: PortLike;
      try {
        port = this.port ?? this.open();
      } catch (error) {
        // e.g. "Extension context invalidated": the content script's onError looks for it.
        reject(error instanceof Error ? error : new Error(errorMessage(error)));
        return;
      }
      const id = this.nextId++;
      this.pending.set(id, { method, resolve, reject });
      try {
        port.postMessage({ ...(isRecord(message) ? message : {}), id });
      } catch (error) {
        this.closed(port, errorMessage(error));
      }
    });
  }

  private open(): PortLike {
    const port = this.options.connect();
    this.port = port;
    port.onMessage.addListener((reply) => this.receive(reply));
    port.onDisconnect.addListener(() => {
      const reason = port.error?.message ?? this.options.lastError?.();
      this.closed(port, reason ?? 'the background closed the connection');
    });
    return port;
  }

  private receive(reply: unknown): void {
    const id = isRecord(reply) ? reply.id : undefined;
    if (!isRequestId(id)) return;
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry.resolve(reply);
    if (this.pending.size === 0) this.armIdle();
  }

  private armIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.pending.size === 0) this.close('idle');
    }, this.idleMs);
  }

  /** The port closed under us: fail what was in flight; the next request opens a new one. */
  private closed(port: PortLike, reason: string): void {
    if (this.port !== port) return;
    this.port = null;
    clearTimeout(this.idleTimer);
    this.failAll(`the connection to the background closed before it answered (${reason})`);
  }

  private close(reason: string): void {
    clearTimeout(this.idleTimer);
    const port = this.port;
    this.port = null;
    this.failAll(reason);
    try {
      port?.disconnect();
    } catch {
      // Already closed.
    }
  }

  private failAll(reason: string): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) entry.reject(new Error(`${entry.method}: ${reason}`));
  }
}

import { isRecord } from '../model/check.ts';
import { isRequestId, type PortLike } from './port-link.ts';
import { PORT_NAME, type Result } from './protocol.ts';
import type { Dispatch } from './server-core.ts';

/**
 * Answers requests arriving on one runtime.connect port with the same dispatcher as
 * runtime.onMessage: every message goes through its sender checks, params schema and handler,
 * with `port.sender` (set by the browser when the port opened) as the sender. A port of another
 * name is left alone; a message without a request id cannot be answered and closes the port.
 */
export function answerPort(port: PortLike, dispatch: Dispatch): void {
  if (port.name !== PORT_NAME) return;
  // No sender (never the case for a port the browser opened): every check then refuses.
  const sender = port.sender ?? {};
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((message) => {
    const id = isRecord(message) ? message.id : undefined;
    if (!isRequestId(id)) {
      open = false;
      port.disconnect();
      return;
    }
    const reply: Promise<Result<unknown>> = dispatch(message, sender) ?? Promise.resolve(foreign());
    void reply.then((result) => {
      // The caller may have gone (page closed) while the handler ran: nobody to answer.
      if (!open) return;
      try {
        port.postMessage({ ...result, id });
      } catch {
        open = false;
      }
    });
  });
}

function foreign(): Result<never> {
  return { ok: false, error: 'Not a request of this extension' };
}

import type { RuntimeIdentity } from './authorize.ts';
import { backgroundDispatcher, contentDispatcher, type ServeOptions } from './dispatchers.ts';
import type { BackgroundMethods, ContentMethods } from './protocol.ts';
import type { Dispatch, Handlers, Sender } from './server-core.ts';

export type { ServeOptions };

function identity(): RuntimeIdentity {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
}

function listen(dispatch: Dispatch): () => void {
  // Returning undefined leaves foreign messages to other listeners; a promise is the reply.
  const listener = (message: unknown, sender: Sender): Promise<unknown> | undefined =>
    dispatch(message, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Answers BackgroundMethods on runtime.onMessage. Call synchronously at the top level of the
 * service worker (MV3 only delivers the waking event to listeners registered in the first turn).
 * onMessageExternal is deliberately never listened to. Returns a function that stops serving.
 */
export function serveBackground(
  handlers: Handlers<BackgroundMethods>,
  options: ServeOptions = {},
): () => void {
  return listen(backgroundDispatcher(handlers, identity(), options));
}

/** Answers ContentMethods in a content script (messages sent with tabs.sendMessage). */
export function serveContent(
  handlers: Handlers<ContentMethods>,
  options: ServeOptions = {},
): () => void {
  return listen(contentDispatcher(handlers, identity(), options));
}

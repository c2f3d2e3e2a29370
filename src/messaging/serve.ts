import type { Runtime } from 'webextension-polyfill';
import type { RuntimeIdentity } from './authorize.ts';
import { backgroundDispatcher, contentDispatcher, type ServeOptions } from './dispatchers.ts';
import type { BackgroundMethods, ContentMethods } from './protocol.ts';
import { answerPort } from './port-server.ts';
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
 * Answers BackgroundMethods on runtime.onMessage and on runtime.connect ports (content scripts'
 * requests; the same dispatcher, so the same sender checks). Call synchronously at the top level
 * of the service worker (MV3 only delivers the waking event to listeners registered in the first
 * turn). onMessageExternal and onConnectExternal are deliberately never listened to. Returns a
 * function that stops serving.
 */
export function serveBackground(
  handlers: Handlers<BackgroundMethods>,
  options: ServeOptions = {},
): () => void {
  const dispatch = backgroundDispatcher(handlers, identity(), options);
  const stopMessages = listen(dispatch);
  const onConnect = (port: Runtime.Port): void => answerPort(port, dispatch);
  browser.runtime.onConnect.addListener(onConnect);
  return () => {
    stopMessages();
    browser.runtime.onConnect.removeListener(onConnect);
  };
}

/** Answers ContentMethods in a content script (messages sent with tabs.sendMessage). */
export function serveContent(
  handlers: Handlers<ContentMethods>,
  options: ServeOptions = {},
): () => void {
  return listen(contentDispatcher(handlers, identity(), options));
}

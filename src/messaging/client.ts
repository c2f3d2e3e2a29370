import { createCaller } from './client-core.ts';
import { PortClient } from './port-client.ts';
import { PORT_NAME } from './protocol.ts';
import type {
  BackgroundMethods,
  ContentMethods,
  MethodName,
  ParamsOf,
  ResultOf,
} from './protocol.ts';

const toBackground = createCaller<BackgroundMethods>((message) =>
  browser.runtime.sendMessage(message),
);

/**
 * Calls the background (from a content script, the popup or the options page).
 * Resolves with the method's result; throws an Error with the background's message on failure.
 */
export function callBackground<K extends MethodName<BackgroundMethods>>(
  method: K,
  params: ParamsOf<BackgroundMethods, K>,
): Promise<ResultOf<BackgroundMethods, K>> {
  return toBackground(method, params);
}

/** Calls the content script of a tab's top frame (from the popup or the background). */
export function callTab<K extends MethodName<ContentMethods>>(
  tabId: number,
  method: K,
  params: ParamsOf<ContentMethods, K>,
): Promise<ResultOf<ContentMethods, K>> {
  const toTab = createCaller<ContentMethods>((message) =>
    browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  );
  return toTab(method, params);
}

/** A content script's requests to the background over one port (see PortClient). */
export interface BackgroundLink {
  call: <K extends MethodName<BackgroundMethods>>(
    method: K,
    params: ParamsOf<BackgroundMethods, K>,
  ) => Promise<ResultOf<BackgroundMethods, K>>;
  destroy: () => void;
}

/**
 * Calls the background over a long-lived runtime.connect port (a content script's page
 * answer): cheaper per request than runtime.sendMessage once the port is open. Lives until
 * `signal` aborts or destroy(); other callers keep using callBackground.
 */
export function connectBackground(signal?: AbortSignal): BackgroundLink {
  const client = new PortClient({
    connect: () => browser.runtime.connect({ name: PORT_NAME }),
    lastError: () => browser.runtime.lastError?.message,
    ...(signal ? { signal } : {}),
  });
  const call = createCaller<BackgroundMethods>(client.transport);
  return { call, destroy: () => client.destroy() };
}

import { authorizeBackground, authorizeContent, type RuntimeIdentity } from './authorize.ts';
import type { BackgroundMethods, ContentMethods } from './protocol.ts';
import { createDispatcher, type Dispatch, type Handlers } from './server-core.ts';
import { backgroundCallers } from './callers.ts';
import { backgroundParams, contentParams } from './params.ts';

export interface ServeOptions {
  /** Unexpected handler failures, for logging. */
  onError?: (method: string, error: unknown) => void;
}

/** Core of serveBackground, runtime-free so tests can drive it with a fake sender. */
export function backgroundDispatcher(
  handlers: Handlers<BackgroundMethods>,
  self: RuntimeIdentity,
  options: ServeOptions = {},
): Dispatch {
  return createDispatcher<BackgroundMethods>({
    handlers,
    schemas: backgroundParams,
    authorize: authorizeBackground<BackgroundMethods>(self, backgroundCallers),
    ...(options.onError ? { onError: options.onError } : {}),
  });
}

/** Core of serveContent. */
export function contentDispatcher(
  handlers: Handlers<ContentMethods>,
  self: RuntimeIdentity,
  options: ServeOptions = {},
): Dispatch {
  return createDispatcher<ContentMethods>({
    handlers,
    schemas: contentParams,
    authorize: authorizeContent(self),
    ...(options.onError ? { onError: options.onError } : {}),
  });
}

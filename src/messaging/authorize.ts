import type { MethodName } from './protocol.ts';
import type { Sender } from './server-core.ts';
import type { CallerKind } from './callers.ts';

export interface RuntimeIdentity {
  /** `runtime.id` of this extension. */
  id: string;
  /** `runtime.getURL('')`: the origin our own pages live on, with a trailing slash. */
  baseUrl: string;
}

function isOwnPage(sender: Sender, self: RuntimeIdentity): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl);
}

/**
 * Sender rules of the background: only this extension (web pages cannot reach runtime.onMessage
 * without `externally_connectable`, and onMessageExternal is never listened to), and per method
 * the kind of context allowed to call it.
 */
export function authorizeBackground<M>(
  self: RuntimeIdentity,
  callers: { [K in MethodName<M>]: CallerKind },
): (method: MethodName<M>, sender: Sender) => string | null {
  return (method, sender) => {
    if (sender.id !== self.id) return 'refused: the sender is not this extension';
    const kind = callers[method];
    if (kind === 'tab' && typeof sender.tab?.id !== 'number') {
      return 'refused: only a content script in a tab may call this';
    }
    if (kind === 'extension-page' && !isOwnPage(sender, self)) {
      return "refused: only the extension's own pages may call this";
    }
    return null;
  };
}

/** Content scripts answer only this extension's popup, options page and background. */
export function authorizeContent(
  self: RuntimeIdentity,
): (method: string, sender: Sender) => string | null {
  return (_method, sender) => {
    if (sender.id !== self.id) return 'refused: the sender is not this extension';
    if (sender.tab !== undefined && !isOwnPage(sender, self)) {
      return 'refused: content scripts do not take orders from other pages';
    }
    return null;
  };
}

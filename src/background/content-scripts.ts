import { callTab } from '../messaging/client.ts';
import { CONTENT_SCRIPT_FILE } from './content-script-file.ts';

/** Id of the one dynamic registration covering every optional origin the reader granted. */
export const GRANTED_SCRIPT_ID = 'corroborate-granted-sites';
/** How long an already injected content script has to answer before we inject it. */
const PING_TIMEOUT_MS = 300;

export { CONTENT_SCRIPT_FILE };

export function contentScriptFile(): string {
  return CONTENT_SCRIPT_FILE;
}

/** Origins the manifest already covers with its static content script. */
function staticMatches(): Set<string> {
  const manifest = browser.runtime.getManifest();
  return new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []));
}

/**
 * Makes the dynamic content-script registration match exactly the granted optional origins
 * (called on install, on startup and whenever permissions change).
 */
export async function syncGrantedScripts(scriptFile: string): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const covered = staticMatches();
  const matches = [...new Set(granted.filter((o) => !covered.has(o)))].sort();
  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [GRANTED_SCRIPT_ID],
  });
  if (matches.length === 0) {
    if (existing.length > 0)
      await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] });
    return matches;
  }
  const script = {
    id: GRANTED_SCRIPT_ID,
    matches,
    js: [scriptFile],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

/**
 * "Analyse this page": with the activeTab grant from the popup, injects the content script
 * unless one already runs there (it answers getSummary).
 */
export async function injectIntoTab(
  tabId: number,
  scriptFile: string,
): Promise<{ injected: boolean }> {
  try {
    await Promise.race([callTab(tabId, 'getSummary', {}), timeout(PING_TIMEOUT_MS)]);
    return { injected: false };
  } catch {
    // nobody answered: inject below
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [scriptFile] });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Corroborate cannot read this page (${detail})`);
  }
  return { injected: true };
}

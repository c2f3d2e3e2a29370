import { callTab } from '../messaging/client.ts';

/** Keyboard commands declared in manifest.json, mapped to the content script's claim focus. */
const STEPS: Record<string, 1 | -1> = { 'next-claim': 1, 'previous-claim': -1 };

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Forwards next/previous-claim to the content script of the active tab. */
export async function handleCommand(command: string, tab?: { id?: number }): Promise<void> {
  const direction = STEPS[command];
  if (direction === undefined) return;
  const tabId = tab?.id ?? (await activeTabId());
  if (tabId === null) return;
  try {
    await callTab(tabId, 'stepClaim', { direction });
  } catch {
    // No content script on this tab (not an article, or no permission): nothing to step.
  }
}

import type { ShortcutSource } from './Shortcuts.tsx';

/** Where Chromium lets the reader change extension shortcuts (Firefox has an API for it). */
const CHROMIUM_SHORTCUTS = 'chrome://extensions/shortcuts';

/** The extension's commands and a way to the browser's shortcut settings. */
export const shortcutSource: ShortcutSource = {
  shortcuts: async () =>
    (await browser.commands.getAll()).map((c) => ({
      name: c.name ?? '',
      description: c.description ?? '',
      shortcut: c.shortcut ?? '',
    })),
  openShortcutSettings: () => {
    const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
    // Firefox 137+: its add-on manager's shortcut page. Chromium: a tab on its own page.
    if (commands.openShortcutSettings) void commands.openShortcutSettings();
    else void browser.tabs.create({ url: CHROMIUM_SHORTCUTS });
  },
};

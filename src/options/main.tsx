import { render } from 'preact';
import { onSettingsChanged } from '../ui/settings-changes.ts';
import { shortcutSource } from '../ui/shortcut-source.ts';
import { callBackground } from '../messaging/client.ts';
import { adoptCss, PAGE_CSS } from '../ui/page-css.ts';
import type { OptionsApi } from './api.ts';
import { exportBlob, importFile } from './backup-transfer.ts';
import { Options } from './Options.tsx';
import { OPTIONS_CSS } from './options-css.ts';

/** Host access the build itself declares (loopback for tests): not the reader's to remove. */
function builtIn(): Set<string> {
  return new Set(browser.runtime.getManifest().host_permissions ?? []);
}

const api: OptionsApi = {
  listReports: (query) => callBackground('listReports', query),
  listStories: (query) => callBackground('listStories', query),
  deleteReport: async (id) => (await callBackground('deleteReport', { id })).deleted,
  exportAll: (options) => exportBlob(callBackground, options),
  importAll: (file, options) => importFile(callBackground, file, options),
  stats: () => callBackground('stats', {}),
  clearAll: async () => (await callBackground('clearAll', {})).deleted,
  grantedOrigins: async () => {
    const fixed = builtIn();
    return ((await browser.permissions.getAll()).origins ?? []).filter((o) => !fixed.has(o));
  },
  removeOrigins: (origins) => browser.permissions.remove({ origins }),
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  pausedSites: async () => (await callBackground('getSettings', {})).pausedSites,
  setPaused: async (site, paused) => {
    await callBackground('setSitePaused', { site, paused });
  },
  onSettingsChanged,
  shortcuts: shortcutSource,
};

adoptCss(document, PAGE_CSS, OPTIONS_CSS);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = `${browser.i18n.getMessage('extName')} — ${browser.i18n.getMessage('optTitle')}`;
render(<Options api={api} />, document.getElementById('app')!);

import { render } from 'preact';
import { onSettingsChanged } from '../ui/settings-changes.ts';
import { shortcutSource } from '../ui/shortcut-source.ts';
import { callBackground, callTab } from '../messaging/client.ts';
import { adoptCss, PAGE_CSS } from '../ui/page-css.ts';
import { Popup, type PopupActions } from './Popup.tsx';
import { POPUP_CSS } from './popup-css.ts';

/** The tab the popup is about: `?tabId=` (tests open the popup as a tab), else the active tab. */
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main(): Promise<void> {
  adoptCss(document, PAGE_CSS, POPUP_CSS);
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = browser.i18n.getMessage('extName');
  const tabId = await targetTab();
  const needTab = (): number => {
    if (tabId === null) throw new Error(browser.i18n.getMessage('popupNoTab'));
    return tabId;
  };
  const actions: PopupActions = {
    tabUrl: async () => (tabId === null ? null : ((await browser.tabs.get(tabId)).url ?? null)),
    getSummary: () => callTab(needTab(), 'getSummary', {}),
    pausedSites: async () => (await callBackground('getSettings', {})).pausedSites,
    analyseNow: async () => {
      await callBackground('analyseTab', { tabId: needTab() });
    },
    allowSite: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
    setPaused: async (site, paused) => {
      await callBackground('setSitePaused', { site, paused });
    },
    setHighlights: async (on) => {
      await callTab(needTab(), 'setHighlights', { on });
    },
    jumpTo: async (index) => {
      await callTab(needTab(), 'focusClaim', { index });
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    onSettingsChanged,
    shortcuts: shortcutSource,
  };
  render(<Popup actions={actions} />, document.getElementById('app')!);
}

void main();

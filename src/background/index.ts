// MV3 service worker. Every listener is registered synchronously in the first turn (the event
// that woke the worker is only delivered to listeners present then); the store opens lazily.
import { serveBackground } from '../messaging/serve.ts';
import { handleCommand } from './commands.ts';
import { contentScriptFile, injectIntoTab, syncGrantedScripts } from './content-scripts.ts';
import { createHandlers } from './handlers.ts';
import { PageBudget } from './page-budget.ts';
import { getStore } from './store-instance.ts';

function logError(context: string): (error: unknown) => void {
  return (error) => console.error(`[corroborate] ${context}:`, error);
}

// Rate of matchPage per tab and pages filed per origin, for as long as the worker runs.
const budget = new PageBudget();
browser.tabs.onRemoved.addListener((tabId) => budget.forgetTab(tabId));

serveBackground(
  createHandlers({
    store: getStore,
    budget,
    analyseTab: (tabId) => injectIntoTab(tabId, contentScriptFile()),
  }),
  { onError: (method, error) => logError(method)(error) },
);

browser.commands.onCommand.addListener((command, tab) => {
  handleCommand(command, tab).catch(logError('command'));
});

const resync = (): void => {
  syncGrantedScripts(contentScriptFile()).catch(logError('content scripts'));
};
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
browser.runtime.onInstalled.addListener(resync);
browser.runtime.onStartup.addListener(resync);

// For tools and benchmarks driving the worker over the DevTools protocol; web pages and content
// scripts cannot reach the worker's global scope.
Object.assign(globalThis, { corroborate: { store: getStore } });

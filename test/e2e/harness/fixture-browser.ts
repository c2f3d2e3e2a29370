import type { Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { serveFolder, type StaticServer } from './static-server.ts';

/** The pages every Chromium suite reads (one folder a case). */
const FIXTURE_PAGES = 'test/fixtures/pages';

/** What most Chromium suites start from: the fixture pages served, the extension, one tab. */
export interface FixtureBrowser {
  server: StaticServer;
  ext: ExtensionBrowser;
  page: Page;
}

/**
 * Serves the fixture pages on loopback and launches Chromium with the built extension (the
 * `CORROBORATE_DIST` build when set) and one tab. What started is closed again if a later
 * step fails, so a failed start leaves no browser or server behind.
 */
export async function openFixtureBrowser(): Promise<FixtureBrowser> {
  const server = await serveFolder(FIXTURE_PAGES);
  let ext: ExtensionBrowser | undefined;
  try {
    ext = await launchWithExtension();
    return { server, ext, page: await ext.browser.newPage() };
  } catch (e) {
    await ext?.close();
    await server.close();
    throw e;
  }
}

/** Closes what openFixtureBrowser started; either part may be missing (a start that failed). */
export async function closeFixtureBrowser(
  started: Partial<Pick<FixtureBrowser, 'server' | 'ext'>>,
): Promise<void> {
  await started.ext?.close();
  await started.server?.close();
}

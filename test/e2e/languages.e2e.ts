// Claims in German and French, as a reader sees them in Chromium: invented articles in each
// language are highlighted, the popup's "who speaks" lists the people and bodies of that
// language, and a German rewrite links back to the German report it was made from.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';
import { clickHighlight, paintedRanges } from './harness/highlights.ts';
import { tabIdOf, waitForAnalysis } from './harness/page-state.ts';
import { openPopup, popoverText } from './harness/ui.ts';
import { serveFolder, type StaticServer } from './harness/static-server.ts';

const SHOTS = 'artifacts/e2e';

let server: StaticServer;
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder('test/fixtures/pages');
  ext = await launchWithExtension();
  page = await ext.browser.newPage();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function popupText(): Promise<string> {
  const popup = await openPopup(ext, await tabIdOf(ext, page));
  const text = await popup.evaluate(() => document.body.innerText);
  await popup.close();
  return text;
}

describe('claims in German and French in Chromium', () => {
  it('marks a German report: quoted union chief sourced, expert estimate unverified', async () => {
    await page.goto(server.url('/de-streik-tagesblatt/'), { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    expect(summary.isArticle).toBe(true);
    const ranges = await paintedRanges(page);
    const quote = ranges.find((r) => r.text.includes('Die Geduld unserer Mitglieder'));
    expect(quote?.kind).toBe('corroborate-sourced');
    const estimate = ranges.find((r) => r.text.includes('nach Schätzungen von Experten'));
    expect(estimate?.kind).toBe('corroborate-unverified');
    expect(ranges.some((r) => r.text.includes('Aktualisiert am'))).toBe(false);
    const names = summary.sources.map((s) => s.name);
    expect(names).toContain('Gewerkschaftschef Jonas Brandt');
    expect(names).toContain('Verkehrsministerin Katrin Albers');
    const text = await popupText();
    expect(text).toContain('Jonas Brandt');
    expect(text).toContain('Katrin Albers');
    await page.screenshot({ path: `${SHOTS}/german-page.png` });
  });

  it('marks a French report and lists its speakers in the popup', async () => {
    await page.goto(server.url('/fr-crue-quotidien/'), { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    const ranges = await paintedRanges(page);
    const mayor = ranges.find((r) => r.text.includes('jamais vu l’eau monter'));
    expect(mayor?.kind).toBe('corroborate-sourced');
    const rumour = ranges.find((r) => r.text.includes('Des sources proches de l’enquête'));
    expect(rumour?.kind).toBe('corroborate-unverified');
    const hedged = ranges.find((r) => r.text.includes('La rupture d’une digue serait'));
    expect(hedged?.kind).toBe('corroborate-unverified');
    const names = summary.sources.map((s) => s.name);
    expect(names.some((n) => n.includes('Hélène Drouart'))).toBe(true);
    expect(names.some((n) => n.includes('Paul Verneuil'))).toBe(true);
    expect(names).toContain('la préfecture de l’Orne');
    const text = await popupText();
    expect(text).toContain('Hélène Drouart');
    await page.screenshot({ path: `${SHOTS}/french-page.png` });
  });

  it('links a German rewrite back to the German report it was made from', async () => {
    await page.goto(server.url('/de-streik-rundschau/'), { waitUntil: 'load' });
    const summary = await waitForAnalysis(ext, page);
    expect(summary.story.map((s) => s.url)).toContain(server.url('/de-streik-tagesblatt/'));
    expect(summary.matchedClaims).toBeGreaterThanOrEqual(3);
    await clickHighlight(page, 'Rund 3.200 Verbindungen');
    const card = await popoverText(page);
    expect(card).toContain('Tagesblatt');
    expect(card).toContain('3.200 Verbindungen');
    await page.screenshot({ path: `${SHOTS}/german-rewrite-popover.png` });
  });
});

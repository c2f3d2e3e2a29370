// Claims in German and French, as a reader sees them in Chromium and in Firefox ESR: invented
// articles in each language are highlighted, the popup's "who speaks" lists the people and
// bodies of that language, and a German rewrite links back to the German report it was made
// from. Every step waits for a state the extension reports (summary `ready`, popup
// `aria-busy="false"`, a placed card whose matches are in), never for time or "some text".
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Driver } from './harness/drivers.ts';
import { clickHighlight, paintedRanges } from './harness/highlights.ts';
import { waitForPopover } from './harness/ui.ts';
import { serveFolder, type StaticServer } from './harness/static-server.ts';

const SHOTS = 'artifacts/e2e';
describe.each(BROWSERS)('claims in German and French in $name', ({ tag, launch, skip }) => {
  let server: StaticServer;
  let driver: Driver;

  beforeAll(async () => {
    if (skip) return;
    mkdirSync(SHOTS, { recursive: true });
    server = await serveFolder('test/fixtures/pages');
    driver = await launch(server);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(skip)(
    'marks a German report: quoted union chief sourced, expert estimate unverified',
    async () => {
      const summary = await driver.open('/de-streik-tagesblatt/');
      expect(summary.isArticle).toBe(true);
      const ranges = await paintedRanges(driver.page);
      const quote = ranges.find((r) => r.text.includes('Die Geduld unserer Mitglieder'));
      expect(quote?.kind).toBe('corroborate-sourced');
      const estimate = ranges.find((r) => r.text.includes('nach Schätzungen von Experten'));
      expect(estimate?.kind).toBe('corroborate-unverified');
      expect(ranges.some((r) => r.text.includes('Aktualisiert am'))).toBe(false);
      const names = summary.sources.map((s) => s.name);
      expect(names).toContain('Gewerkschaftschef Jonas Brandt');
      expect(names).toContain('Verkehrsministerin Katrin Albers');
      const text = await driver.popupText();
      expect(text).toContain('Jonas Brandt');
      expect(text).toContain('Katrin Albers');
      await driver.page.screenshot({ path: `${SHOTS}/german-page-${tag}.png` });
    },
  );

  it.skipIf(skip)('marks a French report and lists its speakers in the popup', async () => {
    const summary = await driver.open('/fr-crue-quotidien/');
    const ranges = await paintedRanges(driver.page);
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
    const text = await driver.popupText();
    expect(text).toContain('Hélène Drouart');
    await driver.page.screenshot({ path: `${SHOTS}/french-page-${tag}.png` });
  });

  it.skipIf(skip)('links a German rewrite back to the German report it was made from', async () => {
    const summary = await driver.open('/de-streik-rundschau/');
    expect(summary.story.map((s) => s.url)).toContain(server.url('/de-streik-tagesblatt/'));
    expect(summary.matchedClaims).toBeGreaterThanOrEqual(3);
    await clickHighlight(driver.page, 'Rund 3.200 Verbindungen');
    const card = await waitForPopover(driver.page, 8000);
    expect(card.state).toBe('matches');
    expect(card.text).toContain('Tagesblatt');
    expect(card.text).toContain('3.200 Verbindungen');
    await driver.page.screenshot({ path: `${SHOTS}/german-rewrite-popover-${tag}.png` });
  });
});

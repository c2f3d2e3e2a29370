// `npm run demo`: the built extension in Chromium on the two built-in sample
// pages (the seed pair): read the AP report, then the aggregator's rewrite,
// print what the reader sees and save screenshots.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../e2e/harness/chromium.ts';
import { clickHighlight, paintedRanges } from '../e2e/harness/highlights.ts';
import { waitForAnalysis } from '../e2e/harness/page-state.ts';
import { serveFolder } from '../e2e/harness/static-server.ts';
import type { PageSummary } from '../../src/model/summary.ts';
import { ensureChromium } from './ensure-chromium.ts';

const PAGES = ['ap-putin-talks', 'aggregator-putin-talks'] as const;
/** A sentence the aggregator shares with the AP report, opened in the popover. */
const SHARED_CLAIM = 'heed Russia';

function printSummary(name: string, s: PageSummary): void {
  console.log(`\n${name} — ${s.title} (${s.site})`);
  console.log(
    `  claims: ${s.counts.sourced} sourced, ${s.counts.anonymous} anonymous, ${s.counts.unattributed} unattributed (${s.counts.none} other sentences)`,
  );
  console.log(
    `  named sources: ${s.sources.map((x) => `${x.name} ×${x.count}`).join(', ') || '—'}`,
  );
  console.log(`  claims seen in other reports: ${s.matchedClaims}`);
  for (const m of s.story) console.log(`  same story: ${m.site} — ${m.title} [${m.role}]`);
  for (const u of s.unverified.slice(0, 5))
    console.log(`  unverified${u.hedged ? ' (hedged)' : ''}: ${u.text.slice(0, 100)}`);
}

async function main(): Promise<void> {
  ensureChromium();
  const out = resolve('artifacts', `demo-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(out, { recursive: true });
  const server = await serveFolder('test/fixtures/pages');
  const ext = await launchWithExtension({ headless: !process.env.DISPLAY });
  try {
    const page = await ext.browser.newPage();
    for (const name of PAGES) {
      await page.goto(server.url(`/${name}/`), { waitUntil: 'load' });
      const summary = await waitForAnalysis(ext, page);
      printSummary(name, summary);
      console.log(`  highlighted ranges: ${(await paintedRanges(page)).length}`);
      await page.screenshot({ path: join(out, `${name}.png`) });
    }
    await clickHighlight(page, SHARED_CLAIM);
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: join(out, 'popover.png') });
    console.log(`\nscreenshots: ${out}`);
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

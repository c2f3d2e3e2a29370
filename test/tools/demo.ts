// `npm run demo`: the built extension in Chromium on the built-in sample pages:
// the seed pair (the AP report, then the aggregator's rewrite), then one
// invented fire told by two outlets and rewritten by a third site. Prints what
// the reader sees (per page: copies and independent reports of its story apart)
// and saves screenshots.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../e2e/harness/chromium.ts';
import { clickHighlight, paintedRanges } from '../e2e/harness/highlights.ts';
import { waitForAnalysis } from '../e2e/harness/page-state.ts';
import { waitForPopover, waitForPopoverClosed } from '../e2e/harness/ui.ts';
import { serveFolder } from '../e2e/harness/static-server.ts';
import type { Page } from 'puppeteer-core';
import type { PageSummary } from '../../src/model/summary.ts';
import { ensureChromium } from './ensure-chromium.ts';

const PAGES = [
  'ap-putin-talks',
  'aggregator-putin-talks',
  'story-fire-courier',
  'story-fire-ledger',
  'story-fire-digest',
] as const;
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
  console.log(
    `  claims by independent outlets: ${s.outlets.many} by 2 or more, ${s.outlets.one} by this outlet and its copies only, ${s.outlets.none} in no other report`,
  );
  const member = (m: PageSummary['story'][number]) => {
    const shared = (s.storyClaims[m.reportId] ?? []).length;
    return `${m.site} — ${m.title} [${m.role}, story score ${m.score.toFixed(2)}, ${shared} ${shared === 1 ? 'claim' : 'claims'} shared]`;
  };
  const copies = s.story.filter((m) => !m.independent);
  const independent = s.story.filter((m) => m.independent);
  console.log(`  copies of this report: ${copies.length === 0 ? '—' : ''}`);
  for (const m of copies) console.log(`    ${member(m)}`);
  console.log(`  independent reports of the same story: ${independent.length === 0 ? '—' : ''}`);
  for (const m of independent) console.log(`    ${member(m)}`);
  for (const u of s.unverified.slice(0, 5))
    console.log(`  unverified${u.hedged ? ' (hedged)' : ''}: ${u.text.slice(0, 100)}`);
}

/** Clicks every highlight and prints what its card links to: the claim-by-claim view. */
async function printLinks(page: Page): Promise<void> {
  console.log('  claim by claim (what a click on each highlight shows):');
  // tsx (esbuild keepNames) wraps inner functions of the harness's page callbacks in __name();
  // vitest does not. The page needs the helper to run them.
  await page.evaluate('globalThis.__name = (f) => f');
  for (const range of await paintedRanges(page)) {
    await clickHighlight(page, range.text.slice(0, 60));
    const card = await waitForPopover(page);
    console.log(`  • ${range.text.slice(0, 90)}${range.text.length > 90 ? '…' : ''}`);
    if (card.matches.length === 0) console.log('      not seen in other reports');
    const outlets = card.text.match(/\d+ independent outlets? carr[a-z]+ this claim/);
    if (outlets) console.log(`      ${outlets[0]}`);
    for (const m of card.matches) {
      const types = [...new Set(m.differences.map((d) => d.type))].join(', ') || 'no difference';
      console.log(
        `      ${m.relation === 'overlap' ? 'overlapping claim' : 'same claim'} in ${m.site}: ${types}`,
      );
    }
    await page.keyboard.press('Escape');
    await waitForPopoverClosed(page);
  }
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
      if (name === 'aggregator-putin-talks' || name === 'story-fire-digest') await printLinks(page);
      await page.screenshot({ path: join(out, `${name}.png`) });
      if (name === 'aggregator-putin-talks') {
        await clickHighlight(page, SHARED_CLAIM);
        await new Promise((r) => setTimeout(r, 400));
        await page.screenshot({ path: join(out, 'popover.png') });
        await page.keyboard.press('Escape');
        await waitForPopoverClosed(page);
      }
    }
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

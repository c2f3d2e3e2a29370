// `npm run anchoring -- ../shared/data/readability-pages [--count N]` (outside npm test):
// the built extension on real pages served from 127.0.0.1 — every highlighted range must lie
// inside the article (its text found in the page's reference article text, expected.html) and
// the page's DOM must not change outside our own shadow host. Page scripts are switched off
// with a CSP header so every mutation the observer sees is the extension's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { launchWithExtension } from '../e2e/harness/chromium.ts';
import { paintedRanges } from '../e2e/harness/highlights.ts';
import { waitForAnalysis } from '../e2e/harness/page-state.ts';
import { serveFolder } from '../e2e/harness/static-server.ts';

/** The issue asks for at least twenty pages; by default every page with a reference text. */
const MIN_PAGES = 20;
/** Our shadow host: the one node the extension may add to a page. */
const HOST_TAG = 'CORROBORATE-ROOT';

/**
 * Compared on letters and digits only: the reference is Readability's re-serialised HTML, whose
 * spacing around inline markup, formulas and footnote marks differs from the live page's text.
 */
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const { positionals, values } = parseArgs({
  options: { count: { type: 'string' } },
  allowPositionals: true,
});
const dir = resolve(positionals[0] ?? '../shared/data/readability-pages');
const count = Number(values.count ?? Infinity);
const names = readdirSync(dir)
  .filter((n) => existsSync(join(dir, n, 'expected.html')))
  .sort()
  .slice(0, count);
if (names.length < MIN_PAGES) console.warn(`only ${names.length} pages (fewer than ${MIN_PAGES})`);

const server = await serveFolder(dir, {
  headers: { 'content-security-policy': "script-src 'none'" },
});
const ext = await launchWithExtension();
const page = await ext.browser.newPage();
// Main-world observer, installed before any page content: records every mutation's target.
await page.evaluateOnNewDocument((hostTag: string) => {
  const seen: string[] = [];
  (window as unknown as { __mutations: string[] }).__mutations = seen;
  const ours = (n: Node | null) => {
    for (let x = n; x; x = x.parentNode) if (x.nodeName === hostTag) return true;
    return false;
  };
  new MutationObserver((records) => {
    for (const r of records) {
      const added = [...r.addedNodes, ...r.removedNodes];
      if (ours(r.target) || (added.length > 0 && added.every(ours))) continue;
      seen.push(`${r.type} on <${r.target.nodeName.toLowerCase()}>`);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}, HOST_TAG);

let articles = 0;
let ranges = 0;
let outside = 0;
let mutated = 0;
const problems: string[] = [];
for (const name of names) {
  await page.goto(server.url(`/${name}/source.html`), { waitUntil: 'load' });
  const summary = await waitForAnalysis(ext, page, 15_000).catch(() => null);
  if (!summary) {
    problems.push(`${name}: not analysed in time`);
    continue;
  }
  const mutations = await page.evaluate(
    () => (window as unknown as { __mutations: string[] }).__mutations,
  );
  if (mutations.length) {
    mutated++;
    problems.push(`${name}: ${mutations.length} page mutations, e.g. ${mutations[0]}`);
  }
  if (!summary.isArticle) continue;
  articles++;
  const reference = norm(
    parseHtml(readFileSync(join(dir, name, 'expected.html'), 'utf8')).body?.textContent ?? '',
  );
  for (const r of await paintedRanges(page)) {
    ranges++;
    if (!reference.includes(norm(r.text))) {
      outside++;
      problems.push(`${name}: outside the article: "${r.text.slice(0, 80)}"`);
    }
  }
}
await ext.close();
await server.close();

console.log(`pages: ${names.length}, analysed as articles: ${articles}`);
console.log(`highlighted ranges: ${ranges}, outside the reference article text: ${outside}`);
console.log(`pages whose DOM changed outside our shadow host: ${mutated}`);
for (const p of problems.slice(0, 40)) console.log(`  ${p}`);
process.exitCode = outside === 0 && mutated === 0 ? 0 : 1;

import { gzipSync } from 'node:zlib';
/**
 * Speed of the claims core on real articles, in Node and in Chromium, and its bundle cost.
 *
 *   npx tsx test/bench/bench-claims.ts [polnear dir, default ../shared/data/polnear]
 *
 * The articles are PolNeAR's texts (train + dev). The browser figure runs the same module
 * bundled by Vite into one IIFE, injected into about:blank of headless Chromium.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { analyseText } from '../../src/claims/index.ts';
import { CHROMIUM, OFFLINE_FLAGS } from '../e2e/harness/chromium.ts';
import { bundleForBrowser } from './browser-bundle.ts';

// Passes over the corpus; the first warms the JIT and is not counted.
const PASSES = 3;

function loadTexts(dir: string): string[] {
  const out: string[] = [];
  for (const split of ['train', 'dev']) {
    const textDir = join(dir, split, 'text');
    if (!existsSync(textDir)) continue;
    for (const f of readdirSync(textDir).sort())
      if (f.endsWith('.txt')) out.push(readFileSync(join(textDir, f), 'utf8'));
  }
  return out;
}

function timeNode(texts: string[]): { mbps: number; msPerArticle: number; sentences: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let best = Infinity;
  let sentences = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const t0 = performance.now();
    sentences = 0;
    for (const t of texts) sentences += analyseText(t).length;
    const ms = performance.now() - t0;
    if (pass > 0) best = Math.min(best, ms);
  }
  return { mbps: bytes / 1e6 / (best / 1000), msPerArticle: best / texts.length, sentences };
}

async function timeChromium(
  code: string,
  texts: string[],
): Promise<{ mbps: number; msPerArticle: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'claims-bench-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: OFFLINE_FLAGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    return await page.evaluate(
      (texts: string[], passes: number) => {
        const api = (
          globalThis as unknown as Record<string, { analyseText: (t: string) => unknown[] }>
        ).CorroborateClaims!;
        const bytes = texts.reduce((n, t) => n + new TextEncoder().encode(t).length, 0);
        let best = Infinity;
        for (let pass = 0; pass < passes; pass++) {
          const t0 = performance.now();
          for (const t of texts) api.analyseText(t);
          const ms = performance.now() - t0;
          if (pass > 0) best = Math.min(best, ms);
        }
        return { mbps: bytes / 1e6 / (best / 1000), msPerArticle: best / texts.length };
      },
      texts,
      PASSES,
    );
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * German, French and Spanish text to time the per-language path on: the invented fixture
 * articles and the table-test sentences run together as paragraphs (no large corpus of these
 * languages is at hand), repeated to a size that times steadily.
 */
async function localTexts(): Promise<string[]> {
  const { DE_ROWS } = await import('../unit/claims/languages/de-rows.ts');
  const { FR_ROWS } = await import('../unit/claims/languages/fr-rows.ts');
  const { ES_ROWS } = await import('../unit/claims/languages/es-rows.ts');
  const pages = ['de-streik-tagesblatt', 'de-streik-rundschau', 'fr-crue-quotidien'].map((p) =>
    readFileSync(resolve(import.meta.dirname, `../fixtures/pages/${p}/index.html`), 'utf8')
      .replace(/^[\s\S]*<div class="article-body">|<\/div>\s*<\/article>[\s\S]*$/g, '')
      .replace(/<\/p>/g, '\n\n')
      .replace(/<[^>]+>/g, '')
      .trim(),
  );
  const tables = [DE_ROWS, FR_ROWS, ES_ROWS].map((rows) => rows.map((r) => r[0]).join('\n\n'));
  const one = [...pages, ...tables];
  // About 1 MB in all, so that a pass takes long enough to time.
  const times = Math.ceil(1e6 / one.reduce((n, t) => n + t.length, 0));
  return Array.from({ length: times }, () => one).flat();
}

export async function benchClaims(opts: { polnearDir?: string }): Promise<void> {
  const dir = opts.polnearDir ?? resolve(import.meta.dirname, '../../../shared/data/polnear');
  const texts = loadTexts(dir);
  if (texts.length === 0) {
    console.log(`claims bench: no PolNeAR texts under ${dir}; skipped`);
    return;
  }
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const node = timeNode(texts);
  const b = await bundleForBrowser(
    resolve(import.meta.dirname, '../../src/claims/index.ts'),
    'CorroborateClaims',
  );
  const chromium = existsSync(CHROMIUM) ? await timeChromium(b.code, texts) : null;
  console.log(
    `\n## Claims core (${texts.length} PolNeAR articles, ${mb.toFixed(2)} MB, ${node.sentences} sentences)\n`,
  );
  console.log('| runtime | MB/s | ms per article | target |');
  console.log('|---|---|---|---|');
  console.log(
    `| Node ${process.versions.node} | ${node.mbps.toFixed(2)} | ${node.msPerArticle.toFixed(2)} | — |`,
  );
  if (chromium)
    console.log(
      `| Chromium (IIFE bundle) | ${chromium.mbps.toFixed(2)} | ${chromium.msPerArticle.toFixed(2)} | ≥ 1 MB/s |`,
    );
  else console.log(`| Chromium | not found at ${CHROMIUM} | | |`);
  console.log(
    `\nbundle: ${(b.raw / 1024).toFixed(1)} KB minified, ${(b.gzip / 1024).toFixed(1)} KB gzip (lexicons included, no dependency)`,
  );
  const local = await localTexts();
  const localMb = local.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const localNode = timeNode(local);
  const localChromium = existsSync(CHROMIUM) ? await timeChromium(b.code, local) : null;
  console.log(
    `\n## Claims in German, French, Spanish (fixture articles and table sentences, ${localMb.toFixed(2)} MB)\n`,
  );
  console.log('| runtime | MB/s | target |');
  console.log('|---|---|---|');
  console.log(`| Node ${process.versions.node} | ${localNode.mbps.toFixed(2)} | — |`);
  if (localChromium)
    console.log(`| Chromium (IIFE bundle) | ${localChromium.mbps.toFixed(2)} | ≥ 1 MB/s |`);
  for (const lang of ['de', 'fr', 'es']) {
    const json = JSON.stringify(
      JSON.parse(
        readFileSync(
          resolve(import.meta.dirname, `../../src/claims/languages/${lang}.json`),
          'utf8',
        ),
      ),
    );
    console.log(
      `lexicon ${lang}: ${(json.length / 1024).toFixed(1)} KB minified, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await benchClaims({ polnearDir: process.argv[2] });
}

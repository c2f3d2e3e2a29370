/**
 * Speed of article extraction in real Chromium, side by side with Mozilla Readability
 * in the same page load.
 *
 *   npx tsx test/bench/bench-extract.ts [readability-pages dir] [--pages N]
 *
 * Each page of readability-pages is served from a local HTTP server (127.0.0.1) with a
 * CSP that blocks the page's own scripts; every request elsewhere is aborted, so the
 * run needs no network. Into each loaded page we inject an IIFE bundle of our extractor
 * (built by Vite into a temp folder) and Readability's own files, then time, in the
 * same page load and alternating the order:
 *   - ours: extractArticle(document) on the live DOM (no clone needed);
 *   - Readability: new Readability(document.cloneNode(true)).parse() — the clone is
 *     timed separately and also reported added to parse();
 *   - the gates: isProbablyArticle(document) vs isProbablyReaderable(document).
 * Per page the median of ROUNDS runs is kept; the table gives median / p90 / max over
 * pages and the ratio ours ÷ Readability.
 */
import { mkdtempSync, readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, OFFLINE_FLAGS } from '../e2e/harness/chromium.ts';
import { bundleForBrowser } from './browser-bundle.ts';

/** Timed runs per page and system; the median is kept (the first run also counts: content scripts run cold). */
const ROUNDS = 5;
/** Gate calls per timing: a single call is below the browser clock's resolution. */
const GATE_REPEAT = 20;

const ROOT = resolve(import.meta.dirname, '../..');

interface PageTiming {
  name: string;
  ours: number;
  readability: number;
  clone: number;
  gate: number;
  readerable: number;
  oursChars: number;
  theirChars: number;
}

function readabilitySource(): string {
  const dir = join(ROOT, 'node_modules/@mozilla/readability');
  return [
    readFileSync(join(dir, 'Readability.js'), 'utf8'),
    readFileSync(join(dir, 'Readability-readerable.js'), 'utf8'),
    'globalThis.Readability = Readability; globalThis.isProbablyReaderable = isProbablyReaderable;',
  ].join('\n;\n');
}

function listPages(dataDir: string, limit: number): string[] {
  return readdirSync(dataDir)
    .filter((n) => existsSync(join(dataDir, n, 'source.html')))
    .sort()
    .slice(0, limit);
}

/** Serves <dataDir>/<name>/source.html at /<name>/ with page scripts disabled by CSP. */
async function serve(dataDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('/')[1] ?? '');
    const file = join(dataDir, name, 'source.html');
    if (!name || name.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'none'; object-src 'none'",
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Runs in the page: times both systems ROUNDS times, alternating which goes first. */
function timeInPage(rounds: number, gateRepeat: number) {
  type Fn = (...a: unknown[]) => unknown;
  const g = globalThis as unknown as {
    CorroborateExtract: { extractArticle: Fn; isProbablyArticle: Fn };
    Readability: new (doc: Document) => { parse: () => { textContent?: string } | null };
    isProbablyReaderable: Fn;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
  const ours: number[] = [];
  const theirs: number[] = [];
  const clones: number[] = [];
  let oursChars = 0;
  let theirChars = 0;
  const runOurs = () => {
    const t = performance.now();
    const a = g.CorroborateExtract.extractArticle(document) as { text: string };
    ours.push(performance.now() - t);
    oursChars = a.text.length;
  };
  const runTheirs = () => {
    let t = performance.now();
    const clone = document.cloneNode(true) as Document;
    clones.push(performance.now() - t);
    t = performance.now();
    const r = new g.Readability(clone).parse();
    theirs.push(performance.now() - t);
    theirChars = r?.textContent?.length ?? 0;
  };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      runOurs();
      runTheirs();
    } else {
      runTheirs();
      runOurs();
    }
  }
  const gateTime = (fn: () => unknown) => {
    const t = performance.now();
    for (let i = 0; i < gateRepeat; i++) fn();
    return (performance.now() - t) / gateRepeat;
  };
  const gates: number[] = [];
  const readerables: number[] = [];
  for (let i = 0; i < rounds; i++) {
    gates.push(gateTime(() => g.CorroborateExtract.isProbablyArticle(document)));
    readerables.push(gateTime(() => g.isProbablyReaderable(document)));
  }
  return {
    ours: median(ours),
    readability: median(theirs),
    clone: median(clones),
    gate: median(gates),
    readerable: median(readerables),
    oursChars,
    theirChars,
  };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

export async function benchExtract(opts: {
  /** Accepted for the bench entry's uniform call; this bench bundles from src/ into a temp dir. */
  distDir?: string;
  dataDir: string;
  pages?: number;
}): Promise<void> {
  const names = listPages(opts.dataDir, opts.pages ?? Infinity);
  const { code, gzip } = await bundleForBrowser(
    join(ROOT, 'src/extract/index.ts'),
    'CorroborateExtract',
  );
  const readability = readabilitySource();
  const server = await serve(opts.dataDir);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'extract-bench-profile-')),
    args: OFFLINE_FLAGS,
  });
  const timings: PageTiming[] = [];
  const failures: string[] = [];
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // Nothing leaves the machine: only our own server answers.
      if (request.url().startsWith(server.url)) void request.continue();
      else void request.abort();
    });
    for (const name of names) {
      try {
        await page.goto(`${server.url}/${encodeURIComponent(name)}/`, {
          waitUntil: 'load',
          timeout: 30_000,
        });
        // tsx compiles this file with esbuild's keepNames: give the page its helper.
        await page.evaluate('globalThis.__name = (fn) => fn;');
        await page.evaluate(code);
        await page.evaluate(readability);
        const t = await page.evaluate(timeInPage, ROUNDS, GATE_REPEAT);
        timings.push({ name, ...t });
      } catch (error) {
        failures.push(
          `${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const row = (label: string, xs: number[], unit = 'ms', digits = 2) =>
    console.log(
      `${label.padEnd(34)}${quantile(xs, 0.5).toFixed(digits).padStart(9)}${quantile(xs, 0.9)
        .toFixed(digits)
        .padStart(9)}${Math.max(...xs)
        .toFixed(digits)
        .padStart(10)}  ${unit}`,
    );
  const ours = timings.map((t) => t.ours);
  const parse = timings.map((t) => t.readability);
  const withClone = timings.map((t) => t.readability + t.clone);
  console.log(
    `\nExtraction speed in Chromium (${timings.length} readability pages, same page load, median of ${ROUNDS} runs per page)`,
  );
  console.log(
    `bundle: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzipped\n`,
  );
  console.log(`${''.padEnd(34)}${'median'.padStart(9)}${'p90'.padStart(9)}${'max'.padStart(10)}`);
  row('ours: extractArticle (live DOM)', ours);
  row('Readability: parse() on a clone', parse);
  row('Readability: cloneNode + parse()', withClone);
  row(
    'ours: isProbablyArticle',
    timings.map((t) => t.gate),
    'ms',
    3,
  );
  row(
    'Readability: isProbablyReaderable',
    timings.map((t) => t.readerable),
    'ms',
    3,
  );
  const ratios = timings.map((t) => t.ours / Math.max(t.readability, 0.05));
  console.log(
    `\nratio ours ÷ Readability parse(): median of medians ${(quantile(ours, 0.5) / quantile(parse, 0.5)).toFixed(2)}, per-page median ${quantile(ratios, 0.5).toFixed(2)}, p90 ${quantile(ratios, 0.9).toFixed(2)}`,
  );
  const slower = timings.filter((t) => t.ours > t.readability).length;
  console.log(`pages where ours is slower than parse(): ${slower} of ${timings.length}`);
  if (failures.length)
    console.log(`failed pages (${failures.length}):\n  ${failures.join('\n  ')}`);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const args = process.argv.slice(2);
  const pagesAt = args.indexOf('--pages');
  const pages = pagesAt >= 0 ? Number(args[pagesAt + 1]) : undefined;
  const dataDir =
    args.find((a, i) => !a.startsWith('--') && i !== pagesAt + 1) ??
    join(ROOT, '../shared/data/readability-pages');
  await benchExtract({ dataDir, pages });
}

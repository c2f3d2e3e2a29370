/**
 * Scores `corroborate extract` against gold article text, side by side with Mozilla
 * Readability on the same pages in the same run.
 *
 *   npm run eval:extract -- DIR            benchmark layout: html/<id>.html.gz + ground-truth.json
 *   npm run eval:extract -- DIR --pages P  also: metadata accuracy on readability-pages layout
 *   npm run eval:extract -- P              (P in readability-pages layout: metadata mode only)
 * Options: --limit N, --worst N (list the N worst pages of ours), --ours-only.
 * Metric: the benchmark's own — 4-token shingles (tokens = \w+, Unicode), multiset
 * overlap per page normalised to 1, precision and recall averaged over pages, F1 of
 * the two averages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { CLI_BUDGET_MS, extractRecord } from '../../src/cli/command-extract.ts';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { extractArticle, isProbablyArticle } from '../../src/extract/index.ts';

type Triple = [number, number, number];

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** tp/fp/fn over shingle multisets, normalised so every page weighs the same. */
export function shingleMatch(truth: string, pred: string): Triple {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function precision([tp, fp, fn]: Triple): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}
function recall([tp, fp, fn]: Triple): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function metrics(triples: Triple[]): { f1: number; precision: number; recall: number } {
  const p = mean(triples.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(triples.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, precision: p, recall: r };
}

function readabilityText(html: string): string {
  try {
    return new Readability(parseHtml(html)).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

const pad = (s: string, n: number): string => s.padEnd(n);
const fmt = (x: number): string => x.toFixed(3);

function evalBenchmark(dir: string, limit: number, worst: number, oursOnly: boolean): void {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const ids = Object.keys(truth).slice(0, limit);
  const ours: Triple[] = [];
  const theirs: Triple[] = [];
  const rows: { id: string; url: string; ours: Triple; theirs: Triple }[] = [];
  let oursMs = 0;
  let theirMs = 0;
  let timedOut = 0;
  for (const id of ids) {
    const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const gold = truth[id]!.articleBody;
    let t = performance.now();
    const record = extractRecord(html, id);
    oursMs += performance.now() - t;
    if (record.timedOut) timedOut++;
    const o = shingleMatch(gold, record.text);
    ours.push(o);
    let r: Triple = [0, 0, 0];
    if (!oursOnly) {
      t = performance.now();
      const text = readabilityText(html);
      theirMs += performance.now() - t;
      r = shingleMatch(gold, text);
      theirs.push(r);
    }
    rows.push({ id, url: truth[id]!.url, ours: o, theirs: r });
  }
  console.log(
    `\nArticle body on ${dir} (${ids.length} pages; 4-token shingles, P/R averaged over pages)\n`,
  );
  console.log(
    `${pad('system', 22)}${pad('F1', 8)}${pad('P', 8)}${pad('R', 8)}ms/page (Node, linkedom)`,
  );
  const line = (name: string, m: ReturnType<typeof metrics>, ms: number) =>
    console.log(
      `${pad(name, 22)}${pad(fmt(m.f1), 8)}${pad(fmt(m.precision), 8)}${pad(fmt(m.recall), 8)}${(ms / ids.length).toFixed(1)}`,
    );
  line('corroborate extract', metrics(ours), oursMs);
  if (!oursOnly) line('Readability 0.6', metrics(theirs), theirMs);
  if (timedOut) console.log(`(${timedOut} pages hit our time budget)`);
  if (worst > 0) {
    const f1 = (x: Triple) => {
      const p = precision(x);
      const r = recall(x);
      return p + r ? (2 * p * r) / (p + r) : 0;
    };
    console.log(`\nworst ${worst} pages (ours F1, P, R | Readability F1):`);
    for (const row of [...rows].sort((a, b) => f1(a.ours) - f1(b.ours)).slice(0, worst)) {
      console.log(
        `  ${fmt(f1(row.ours))} ${fmt(precision(row.ours))} ${fmt(recall(row.ours))} | ${oursOnly ? '  -  ' : fmt(f1(row.theirs))}  ${row.id.slice(0, 10)} ${row.url}`,
      );
    }
  }
}

const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;

function evalPages(dir: string, limit: number, worst: number): void {
  const names = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'expected-metadata.json')))
    .sort()
    .slice(0, limit);
  const ours = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<string, number>;
  const theirs = { ...ours };
  let readerableOurs = 0;
  let readerableGate = 0;
  let readerableTheirs = 0;
  const misses: string[] = [];
  const norm = (v: unknown): string => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : '');
  for (const name of names) {
    const expected = JSON.parse(
      readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8'),
    ) as Record<string, unknown>;
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const article = extractArticle(parseHtml(html), {
      url: 'http://fakehost/test/page.html',
      budgetMs: CLI_BUDGET_MS,
    });
    const doc = parseHtml(html);
    const gate = isProbablyArticle(doc);
    const readerable = isProbablyReaderable(doc);
    const parsed = (() => {
      try {
        return new Readability(parseHtml(html)).parse();
      } catch {
        return null;
      }
    })();
    for (const f of FIELDS) {
      const want = norm(expected[f]);
      const got = norm(article.metadata[f]);
      if (want === got) ours[f]!++;
      else if (misses.length < worst)
        misses.push(`${name} ${f}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
      if (want === norm(parsed?.[f as keyof typeof parsed])) theirs[f]!++;
    }
    const want = expected.readerable === true;
    if (gate === want) readerableGate++;
    if (article.isArticle === want) readerableOurs++;
    if (readerable === want) readerableTheirs++;
  }
  const pct = (n: number) => `${((100 * n) / names.length).toFixed(1)}%`;
  console.log(`\nMetadata on ${dir} (${names.length} pages; exact match after trimming)\n`);
  console.log(`${pad('field', 22)}${pad('ours', 10)}Readability`);
  for (const f of FIELDS) console.log(`${pad(f, 22)}${pad(pct(ours[f]!), 10)}${pct(theirs[f]!)}`);
  console.log(
    `${pad('readerable (gate)', 22)}${pad(pct(readerableGate), 10)}${pct(readerableTheirs)}`,
  );
  console.log(`${pad('readerable (isArticle)', 22)}${pct(readerableOurs)}`);
  if (misses.length) console.log(`\nfirst misses:\n  ${misses.join('\n  ')}`);
}

function main(argv: string[]): void {
  const positional: string[] = [];
  let pages: string | null = null;
  let limit = Infinity;
  let worst = 0;
  let oursOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--pages') pages = argv[++i] ?? null;
    else if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--worst') worst = Number(argv[++i]);
    else if (a === '--ours-only') oursOnly = true;
    else positional.push(a);
  }
  const dir = positional[0];
  if (!dir) {
    console.error(
      'usage: npm run eval:extract -- DIR [--pages READABILITY_PAGES_DIR] [--limit N] [--worst N]',
    );
    process.exit(2);
  }
  if (existsSync(join(dir, 'ground-truth.json'))) evalBenchmark(dir, limit, worst, oursOnly);
  else pages = pages ?? dir;
  if (pages) evalPages(pages, limit, worst);
}

if (
  process.argv[1] &&
  import.meta.filename === (await import('node:path')).resolve(process.argv[1])
)
  main(process.argv.slice(2));

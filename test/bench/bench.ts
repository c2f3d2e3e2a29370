// `npm run bench -- [DATA_DIR] [--only extract,claims,crossref,store] [--sizes 1000,10000,50000,100000]`:
// every benchmark in one run, each printing its own table (speed, memory,
// ratios against the reference run beside it). DATA_DIR is ../shared/data by
// default; nothing here is part of `npm test`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchClaims } from './bench-claims.ts';
import { benchCrossref } from './bench-crossref.ts';
import { benchExtract } from './bench-extract.ts';
import { benchStore } from './bench-store.ts';

const PARTS = ['extract', 'claims', 'crossref', 'store'] as const;
/**
 * Store sizes: the budgets' 1k / 10k / 50k reports, and 100k to show how cost grows past them
 * (figures only, no budget there).
 */
const DEFAULT_SIZES = [1000, 10_000, 50_000, 100_000];

const { positionals, values } = parseArgs({
  options: { only: { type: 'string', multiple: true }, sizes: { type: 'string', multiple: true } },
  allowPositionals: true,
});
const dataDir = resolve(positionals[0] ?? join(import.meta.dirname, '../../../shared/data'));
const only = new Set(values.only?.join(',').split(',').filter(Boolean) ?? PARTS);
const sizes = values.sizes?.join(',').split(',').map(Number) ?? DEFAULT_SIZES;
const distDir = resolve(import.meta.dirname, '../../dist');

function section(title: string): void {
  console.log(`\n════ ${title} ════`);
}

if (only.has('extract')) {
  section('extraction (Chromium): ours vs Readability, same page load');
  const pages = join(dataDir, 'readability-pages');
  if (existsSync(pages)) await benchExtract({ dataDir: pages });
  else console.log(`skipped: no ${pages}`);
}
if (only.has('claims')) {
  section('claims: MB of article text per second, Node and Chromium');
  const polnear = join(dataDir, 'polnear');
  await benchClaims(existsSync(polnear) ? { polnearDir: polnear } : {});
}
if (only.has('crossref')) {
  section('cross-referencing engine (Node): ingest, query, snapshot');
  await benchCrossref({ sizes });
}
if (only.has('store')) {
  section('the built extension (Chromium): store, matching, cold start, memory');
  await benchStore({ distDir, sizes });
}

// The long fuzz run: `npm run fuzz -- --count 5000 --seed 1 [--scale 1] [--shape deep]`.
// Document i is generated from seed + i, so `--seed <seed+i> --count 1` replays it alone.
// Prints counts per shape, time per document (p50/p99/max), timeouts and budget overruns.
import {
  pickShape,
  SHAPES,
  generateDocument,
  type DocumentShape,
} from '../fuzz/generate-document.ts';
import { seededRandom } from '../fuzz/random.ts';
import { runDocument } from '../fuzz/run-document.ts';

/** The extractor's default budget per page (src/extract); a page over it is an overrun. */
const BUDGET_MS = 250;
/** Claims and shaping come after extraction; allow them as much again before calling it an overrun. */
const PIPELINE_BUDGET_MS = 2 * BUDGET_MS;

interface Options {
  count: number;
  seed: number;
  scale: number;
  shape: DocumentShape | null;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { count: 1000, seed: 1, scale: 1, shape: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--count' && value) options.count = Number(value);
    else if (flag === '--seed' && value) options.seed = Number(value);
    else if (flag === '--scale' && value) options.scale = Number(value);
    else if (flag === '--shape' && value && (SHAPES as readonly string[]).includes(value)) {
      options.shape = value as DocumentShape;
    } else {
      console.error(`usage: fuzz [--count N] [--seed N] [--scale X] [--shape ${SHAPES.join('|')}]`);
      process.exit(2);
    }
    i++;
  }
  if (!Number.isInteger(options.count) || options.count < 1 || !Number.isFinite(options.seed)) {
    console.error('fuzz: --count must be a positive integer and --seed a number');
    process.exit(2);
  }
  return options;
}

interface ShapeTally {
  docs: number;
  failed: number;
  timedOut: number;
  overruns: number;
  articles: number;
  times: number[];
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const tallies = new Map<DocumentShape, ShapeTally>();
  const failures: string[] = [];
  const slowest: Array<{ ms: number; seed: number; shape: DocumentShape; bytes: number }> = [];
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < options.count; i++) {
    const seed = options.seed + i;
    const random = seededRandom(seed);
    const shape = options.shape ?? pickShape(random);
    const html = generateDocument(random, { shape, scale: options.scale });
    bytes += html.length;
    const outcome = runDocument(html, `http://127.0.0.1/fuzz/${seed}.html`);
    const tally = tallies.get(shape) ?? {
      docs: 0,
      failed: 0,
      timedOut: 0,
      overruns: 0,
      articles: 0,
      times: [],
    };
    tallies.set(shape, tally);
    tally.docs++;
    tally.times.push(outcome.ms);
    if (outcome.isArticle) tally.articles++;
    if (outcome.timedOut) tally.timedOut++;
    if (outcome.ms > PIPELINE_BUDGET_MS) tally.overruns++;
    if (outcome.violations.length) {
      tally.failed++;
      failures.push(`seed ${seed} (${shape}): ${outcome.violations.slice(0, 3).join('; ')}`);
    }
    slowest.push({ ms: outcome.ms, seed, shape, bytes: html.length });
    if ((i + 1) % 500 === 0) console.error(`… ${i + 1}/${options.count}`);
  }
  const elapsed = (performance.now() - started) / 1000;

  const rows = [
    ['shape', 'docs', 'failed', 'articles', 'timedOut', 'overruns', 'p50 ms', 'p99 ms', 'max ms'],
  ];
  const all: number[] = [];
  const total = { docs: 0, failed: 0, articles: 0, timedOut: 0, overruns: 0 };
  for (const [shape, t] of [...tallies].sort((a, b) => b[1].docs - a[1].docs)) {
    const sorted = [...t.times].sort((a, b) => a - b);
    all.push(...sorted);
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += t[key];
    rows.push(row(shape, t, sorted));
  }
  all.sort((a, b) => a - b);
  rows.push([
    'all',
    ...[total.docs, total.failed, total.articles, total.timedOut, total.overruns].map(String),
    ...[50, 99, 100].map((p) => percentile(all, p).toFixed(1)),
  ]);
  console.log(
    `fuzz: ${options.count} documents, seed ${options.seed}, scale ${options.scale}, ${(bytes / 1e6).toFixed(1)} MB of HTML, ${elapsed.toFixed(1)} s`,
  );
  console.log(
    `budget: extraction ${BUDGET_MS} ms, overrun = whole pipeline over ${PIPELINE_BUDGET_MS} ms`,
  );
  printTable(rows);
  console.log('\nslowest documents (replay with --seed S --count 1):');
  for (const s of slowest.sort((a, b) => b.ms - a.ms).slice(0, 5)) {
    console.log(
      `  seed ${s.seed}  ${s.shape}  ${(s.bytes / 1e3).toFixed(0)} kB  ${s.ms.toFixed(1)} ms`,
    );
  }
  if (failures.length) {
    console.log(`\n${failures.length} documents broke an invariant:`);
    for (const f of failures.slice(0, 30)) console.log(`  ${f}`);
  } else {
    console.log('\nno invariant broken');
  }
  process.exitCode = failures.length ? 1 : 0;
}

function row(shape: string, t: ShapeTally, sorted: number[]): string[] {
  return [
    shape,
    String(t.docs),
    String(t.failed),
    String(t.articles),
    String(t.timedOut),
    String(t.overruns),
    ...[50, 99, 100].map((p) => percentile(sorted, p).toFixed(1)),
  ];
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const r of rows)
    console.log(
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  '),
    );
}

main();

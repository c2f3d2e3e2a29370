/**
 * Cross-referencing benchmark in Node: synthetic but realistically shaped report collections
 * (wire originals, near-verbatim copies, rewrites, unrelated reports) at several sizes; prints
 * ingest rate, per-page query time, snapshot size and load time, and heap.
 * Run directly: `npx tsx test/bench/bench-crossref.ts [1000,10000,50000]`.
 */
import { fileURLToPath } from 'node:url';
import { asSentences, MatchIndex } from '../../src/crossref/index.ts';
import type { ReportSentence } from '../../src/model/report.ts';
import { seededRandom } from '../fuzz/random.ts';

/** Sentences per synthetic report and per query page (a typical news article). */
const SENTENCES_PER_REPORT = 30;
const PAGE_SENTENCES = 40;
const QUERIES = 60;
const VOCABULARY = 40_000;
const FUNCTION_WORDS = [
  'the',
  'of',
  'to',
  'and',
  'a',
  'in',
  'that',
  'for',
  'on',
  'with',
  'as',
  'by',
  'was',
  'has',
  'is',
  'from',
  'at',
  'its',
  'after',
  'said',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'san',
  'vo',
  'ri',
  'den',
  'ul',
  'bra',
  'nek',
  'sho',
  'tai',
  'gor',
  'pel',
  'xi',
  'mun',
  'dra',
  'es',
  'qua',
];

function makeVocabulary(random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** Synthetic news collection generator (exported for diagnostics). */
export class Generator {
  readonly random: () => number;
  private readonly words: string[];
  private readonly stories: string[][] = [];
  /** Copies and rewrites pick from recent stories (news is copied within days). */
  private static readonly RECENT = 2000;
  constructor(seed: number) {
    this.random = seededRandom(seed);
    this.words = makeVocabulary(this.random);
  }
  /** Zipf-like draw: common words far more often than rare ones. */
  private word(): string {
    const r = this.random();
    return this.words[Math.floor(Math.pow(r, 2.2) * this.words.length)]!;
  }
  private sentence(names: string[]): string {
    const n = 14 + Math.floor(this.random() * 16);
    const out: string[] = [names[Math.floor(this.random() * names.length)]!];
    for (let i = 1; i < n; i++) {
      const r = this.random();
      if (r < 0.4) out.push(FUNCTION_WORDS[Math.floor(this.random() * FUNCTION_WORDS.length)]!);
      else if (r < 0.45) out.push(String(Math.floor(this.random() * 100_000)));
      else out.push(this.word());
      if (r > 0.97) out[out.length - 1] += ',';
    }
    return `${out.join(' ')}.`;
  }
  private story(): string[] {
    const names = [0, 1, 2].map(() => this.word().replace(/^./, (c) => c.toUpperCase()));
    return Array.from({ length: SENTENCES_PER_REPORT }, () => this.sentence(names));
  }
  /** Light edits a rewrite makes: drop or swap a word, cut a leading clause. */
  private edit(s: string): string {
    const words = s.split(' ');
    const edits = 1 + Math.floor(this.random() * 3);
    for (let e = 0; e < edits && words.length > 6; e++) {
      const i = 1 + Math.floor(this.random() * (words.length - 2));
      if (this.random() < 0.5) words.splice(i, 1);
      else words[i] = this.word();
    }
    return words.join(' ');
  }
  /** One report: 35 % wire originals, 30 % copies, 25 % rewrites, 10 % unrelated. */
  report(): string[] {
    const r = this.random();
    if (r < 0.35 || this.stories.length === 0) {
      const s = this.story();
      this.stories.push(s);
      if (this.stories.length > Generator.RECENT) this.stories.shift();
      return s;
    }
    const base = this.stories[Math.floor(this.random() * this.stories.length)]!;
    if (r < 0.65)
      return base
        .filter(() => this.random() < 0.7)
        .map((s) => (this.random() < 0.3 ? this.edit(s) : s));
    if (r < 0.9) {
      const own = this.story();
      return own.map((s, i) => (this.random() < 0.35 ? this.edit(base[i]!) : s));
    }
    return this.story();
  }
  /** A page to look up: part of a known story plus sentences of its own. */
  page(): string[] {
    const base = this.stories[Math.floor(this.random() * this.stories.length)]!;
    const own = this.story();
    return Array.from({ length: PAGE_SENTENCES }, (_, i) =>
      this.random() < 0.5 ? this.edit(base[i % base.length]!) : own[i % own.length]!,
    );
  }
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

export async function benchCrossref(opts: { sizes?: number[] } = {}): Promise<void> {
  const sizes = opts.sizes ?? [1000, 10_000, 50_000];
  console.log('crossref (Node, synthetic reports of 30 sentences; pages of 40 sentences)');
  console.log(
    'reports  sentences  ingest/s  cpu/s  query p50 ms  p90 ms  cpu ms  matches/page  snapshot MB  load ms  cpu ms  index MB  heap MB',
  );
  for (const size of sizes) {
    const gen = new Generator(42);
    const index = new MatchIndex();
    let ingestMs = 0;
    let ingestCpuMs = 0;
    // Generated in batches so that generation is not timed and texts are not all kept.
    for (let done = 0; done < size;) {
      const batch: ReportSentence[][] = [];
      for (let i = 0; i < 500 && done + i < size; i++) batch.push(asSentences(gen.report()));
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const r of batch) index.add(++done, r);
      ingestMs += performance.now() - t0;
      const used = process.cpuUsage(c0);
      ingestCpuMs += (used.user + used.system) / 1000;
    }
    const ingest = size / (ingestMs / 1000);
    const ingestCpu = size / (ingestCpuMs / 1000);
    const times: number[] = [];
    let found = 0;
    let cpu = 0;
    for (let q = 0; q < QUERIES; q++) {
      const page = asSentences(gen.page());
      const t = performance.now();
      const c = process.cpuUsage();
      const result = index.query(page);
      const used = process.cpuUsage(c);
      times.push(performance.now() - t);
      cpu += (used.user + used.system) / 1000;
      found += result.filter((r) => r.length > 0).length;
    }
    const bytes = index.serialize();
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const loaded = MatchIndex.deserialize(bytes);
    const loadMs = performance.now() - t1;
    const loadCpu = process.cpuUsage(c1);
    if (loaded.sentenceCount !== index.sentenceCount) throw new Error('snapshot lost sentences');
    (globalThis as { gc?: () => void }).gc?.();
    const heap = process.memoryUsage();
    console.log(
      [
        String(size).padStart(7),
        String(index.sentenceCount).padStart(10),
        ingest.toFixed(0).padStart(9),
        ingestCpu.toFixed(0).padStart(7),
        quantile(times, 0.5).toFixed(2).padStart(13),
        quantile(times, 0.9).toFixed(2).padStart(7),
        (cpu / QUERIES).toFixed(2).padStart(7),
        (found / QUERIES).toFixed(1).padStart(13),
        mb(bytes.length).padStart(12),
        loadMs.toFixed(0).padStart(8),
        ((loadCpu.user + loadCpu.system) / 1000).toFixed(0).padStart(7),
        mb(index.byteSize).padStart(9),
        mb(heap.heapUsed + heap.arrayBuffers).padStart(8),
      ].join(' '),
    );
  }
  console.log(
    'wall-clock columns, then "cpu" ones (process CPU time: steadier on a busy machine);',
  );
  console.log('index MB: the index’s own estimate (typed arrays + dictionary); heap MB: V8 heap +');
  console.log(
    'array buffers with the original and the reloaded index alive (collected with --expose-gc)',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv[2];
  const sizes = arg ? arg.split(',').map(Number) : undefined;
  await benchCrossref(sizes ? { sizes } : {});
}

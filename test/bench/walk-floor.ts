/**
 * The postings walk on its own (walk-postings.ts's walkPacked, the query's inner loop) in Node
 * and in Chromium (a page, a dedicated worker and, with `--extension DIST`, the built
 * extension's service worker), on lists shaped like a 50k store's:
 * `npx tsx test/bench/walk-floor.ts [--slots 1366787] [--rounds 30] [--extension DIST]`.
 * A page is 40 sentences of 10 lists each, list lengths log-uniform up to the store's cap,
 * slots uniform (so nearly every posting is a different sentence, as in the bench's store).
 * Modes: "same" walks one page's lists every round (cached); "fresh" walks new lists each
 * round, as a reader's pages do; "evicted" also writes 64 MB before each page, as the worker's
 * other work does between two answers. Prints the least and median ms a page and ns a byte of
 * postings: the floor to hold the walk inside the store's answer against (see probe-trip.ts).
 */
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { postingsCap, writeVarint } from '../../src/crossref/postings.ts';
import { walkPacked } from '../../src/crossref/walk-postings.ts';
import { CHROMIUM, OFFLINE_FLAGS } from '../e2e/harness/chromium.ts';
import { seededRandom } from '../fuzz/random.ts';
import { serviceWorker } from './bench-store.ts';

const { values } = parseArgs({
  options: { slots: { type: 'string' }, rounds: { type: 'string' }, extension: { type: 'string' } },
});
/** Sentences of the synthetic 50k store. */
const slots = Number(values.slots ?? 1_366_787);
const rounds = Number(values.rounds ?? 30);
const SENTENCES = 40;
/** Lists walked a query sentence at 50k: 10.5 on the bench's pages (measured). */
const LISTS_PER_SENTENCE = 10;
/** Which lists each round walks, and whether the caches are flushed first (see above). */
const MODES = ['same', 'fresh', 'evicted'] as const;
type Mode = (typeof MODES)[number];
/**
 * Shortest list: with lengths log-uniform from here to the 50k cap (3,417) a list holds 843
 * postings on average, near the 785 a query sentence's walked list holds at 50k (measured).
 */
const SHORTEST = 64;

/** One list per sentence and list of each page, varint gaps, and each list's byte range. */
function makePages(pages: number): { bytes: Uint8Array; ranges: Uint32Array } {
  // Seeded, so every engine walks the same bytes.
  const rnd = seededRandom(7);
  const cap = postingsCap(slots);
  const lists = pages * SENTENCES * LISTS_PER_SENTENCE;
  const chunks: Uint8Array[] = [];
  const ranges = new Uint32Array(lists * 2);
  let at = 0;
  for (let l = 0; l < lists; l++) {
    const length = Math.round(SHORTEST * (cap / SHORTEST) ** rnd());
    const list = new Uint32Array(length).map(() => Math.floor(rnd() * slots)).sort();
    const packed = new Uint8Array(length * 3);
    let end = 0;
    let previous = 0;
    for (const slot of list) {
      end = writeVarint(packed, end, slot - previous);
      previous = slot;
    }
    chunks.push(packed.subarray(0, end));
    ranges[l * 2] = at;
    ranges[l * 2 + 1] = at += end;
  }
  const bytes = new Uint8Array(at);
  let to = 0;
  for (const c of chunks) bytes.set(c, (to += c.length) - c.length);
  return { bytes, ranges };
}

/** ms a page (one a round), and the bytes walked and slots touched a page (means). */
interface Timed {
  ms: number[];
  touched: number;
  bytes: number;
}

/**
 * Times pages of walks; self-contained (the browser runs it from its source text), with the
 * walk passed in.
 */
function timePages(
  walk: typeof walkPacked,
  bytes: Uint8Array,
  ranges: Uint32Array,
  slotCount: number,
  rounds: number,
  lists: number,
  mode: Mode,
): Timed {
  const acc = new Uint16Array(slotCount);
  const weightQ = new Uint8Array(slotCount).map((_, i) => i & 255);
  const touchedSlot = new Uint32Array(1 << 16);
  const touchedWeight = new Uint8Array(1 << 16);
  // Written before each page in 'evicted' mode: more than the processor's caches hold.
  const junk = new Uint8Array(mode === 'evicted' ? 64 << 20 : 0);
  const perPage = ranges.length / 2 / (rounds + 3);
  const ms: number[] = [];
  let touchedAll = 0;
  let walked = 0;
  for (let r = 0; r < rounds + 3; r++) {
    const first = mode === 'same' ? 0 : r * perPage;
    if (mode === 'evicted') junk.fill(r);
    const start = performance.now();
    for (let s = 0; s < perPage; s += lists) {
      let touched = 0;
      for (let l = first + s; l < first + s + lists; l++) {
        const from = ranges[l * 2]!;
        const to = ranges[l * 2 + 1]!;
        touched = walk(
          bytes,
          from,
          to,
          37,
          65535,
          acc,
          weightQ,
          touchedSlot,
          touchedWeight,
          touched,
        );
        if (r >= 3) walked += to - from;
      }
      for (let i = 0; i < touched; i++) acc[touchedSlot[i]!] = 0;
      if (r >= 3) touchedAll += touched;
    }
    // The first three rounds compile and warm the loop.
    if (r >= 3) ms.push(performance.now() - start);
  }
  return { ms, touched: touchedAll / rounds, bytes: walked / rounds };
}

const { bytes, ranges } = makePages(rounds + 3);
const report = (where: string, mode: string, { ms, touched, bytes: walked }: Timed) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const mid = sorted[sorted.length >> 1]!;
  console.log(
    `${where.padEnd(18)} ${mode.padEnd(7)} least ${sorted[0]!.toFixed(2)} median ${mid.toFixed(2)} ms a page, ` +
      `${((mid * 1e6) / walked).toFixed(1)} ns a byte of postings, ` +
      `${((mid * 1e6) / touched).toFixed(1)} a slot touched (${walked.toFixed(0)} bytes, ${touched.toFixed(0)} slots a page)`,
  );
};
console.log(
  `${slots} slots, cap ${postingsCap(slots)}, ${SENTENCES}×${LISTS_PER_SENTENCE} lists a page`,
);
for (const mode of MODES)
  report(
    'Node',
    mode,
    timePages(walkPacked, bytes, ranges, slots, rounds, LISTS_PER_SENTENCE, mode),
  );

/** Base64 to bytes, in the browser. */
const DECODE = 'const decode = (b) => Uint8Array.from(atob(b), (c) => c.charCodeAt(0));';

// Chromium: the same function sources, the same bytes; with --extension, the built extension
// is loaded too and the walk also runs in its service worker (where the store's query runs).
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  pipe: true,
  args: OFFLINE_FLAGS,
  ...(values.extension ? { enableExtensions: [values.extension] } : {}),
});
try {
  const page = await browser.newPage();
  // One run(input, mode) for every place the browser times the walk.
  const source = [
    `const walk = ${walkPacked.toString()};`,
    `const timePages = ${timePages.toString()};`,
    DECODE,
    'const run = (i, f) => timePages(walk, decode(i.bytes), new Uint32Array(decode(i.ranges).buffer), i.slots, i.rounds, i.lists, f);',
  ].join('\n');
  // Base64: a plain array of this many bytes would not cross the protocol in reasonable time.
  const toBase64 = (a: Uint8Array | Uint32Array) =>
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  const input = {
    source,
    bytes: toBase64(bytes),
    ranges: toBase64(ranges),
    slots,
    rounds,
    lists: LISTS_PER_SENTENCE,
  };
  type Input = typeof input;
  // Run where it is evaluated (the page, or the extension's worker).
  const here = (i: Input, f: Mode) =>
    new Function('i', 'f', `${i.source}\nreturn run(i, f);`)(i, f) as Timed;
  const extensionWorker = values.extension ? await serviceWorker(browser) : null;
  for (const mode of MODES) {
    report('Chromium page', mode, await page.evaluate(here, input, mode));
    const inWorker = await page.evaluate(
      (i: Input, f: Mode) =>
        new Promise<Timed>((done) => {
          const body = `${i.source}\nonmessage = (e) => postMessage(run(e.data, e.data.f));`;
          const worker = new Worker(
            URL.createObjectURL(new Blob([body], { type: 'text/javascript' })),
          );
          worker.onmessage = (e: MessageEvent<Timed>) => done(e.data);
          worker.postMessage({ ...i, f });
        }),
      input,
      mode,
    );
    report('Chromium worker', mode, inWorker);
    if (extensionWorker) {
      report('extension worker', mode, await extensionWorker.evaluate(here, input, mode));
    }
  }
} finally {
  await browser.close();
}

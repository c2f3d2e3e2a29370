/**
 * The index query of this checkout against another's, in one process, alternating: `npx tsx
 * test/bench/query-ab.ts OTHER_CHECKOUT [--reports 10000] [--timed 20] [--rounds 30]`.
 * Fills this checkout's index with the synthetic reports (see synthetic-index.ts), loads its
 * snapshot into both engines (the snapshot format must be the same), then times `timed` pages
 * on each, in turn, `rounds` times (the first three are warm-up), and prints the least and the
 * median CPU ms a page of each and their ratio. Runs of separate processes on this 2-core
 * machine differ by more than most changes; in one process, turn about, both see the same load.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MatchIndex } from '../../src/crossref/index.ts';
import type { ReportSentence } from '../../src/model/report.ts';
import { crossrefEngine } from '../../src/store/crossref-engine.ts';
import { SIZE_ARGS, fillSyntheticIndex, sizeOf } from './synthetic-index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { ...SIZE_ARGS, timed: { type: 'string' }, rounds: { type: 'string' } },
});
const other = positionals[0];
if (other === undefined) {
  console.error('usage: query-ab.ts OTHER_CHECKOUT [--reports N] [--timed N] [--rounds N]');
  process.exit(2);
}
/** Rounds left out of the figures while both engines' code is compiled and warmed. */
const WARM_UP = 3;

interface Queried {
  query(sentences: readonly ReportSentence[], options: { limit: number }): unknown;
}
const theirs = (await import(resolve(other, 'src/crossref/index.ts'))) as {
  MatchIndex: { deserialize(bytes: Uint8Array): Queried };
};
const size = sizeOf(values);
const timed = Number(values.timed ?? 20);
const rounds = Number(values.rounds ?? 30);
const built = new MatchIndex();
const { pages } = fillSyntheticIndex(built, size, (into, report) =>
  crossrefEngine.add(into, report),
);
const bytes = built.serialize();
const engines: Record<'this' | 'other', Queried> = {
  this: MatchIndex.deserialize(bytes),
  other: theirs.MatchIndex.deserialize(bytes),
};
const timedPages = pages.slice(0, timed);

function pageMs(index: Queried): number {
  const start = process.cpuUsage();
  for (const page of timedPages) index.query(page.sentences, { limit: 8 });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / timedPages.length;
}

const times: Record<'this' | 'other', number[]> = { this: [], other: [] };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? (['this', 'other'] as const) : (['other', 'this'] as const);
  for (const name of order) {
    const ms = pageMs(engines[name]);
    if (round >= WARM_UP) times[name].push(ms);
  }
}
const least = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
for (const [label, stat] of [
  ['least', least],
  ['median', median],
] as const) {
  const mine = stat(times.this);
  const base = stat(times.other);
  console.log(
    `${size.reports} reports, ${label} CPU ms a page: this ${mine.toFixed(2)}, other ` +
      `${base.toFixed(2)}, this/other ${(mine / base).toFixed(3)}`,
  );
}

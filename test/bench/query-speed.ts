/**
 * The index query alone, timed and listed: fills an index with the store benchmark's synthetic
 * reports (see synthetic-index.ts), then runs `MatchIndex.query` over pages' sentences, on the
 * index as built and as reloaded from its snapshot.
 * `npx tsx test/bench/query-speed.ts [--reports 10000] [--pages 200] [--timed 20]
 * [--out FILE] [--against FILE]`
 * - Timing: `--timed` pages queried 25 times; prints the least CPU time a page of the runs
 *   after two warm-up runs (their sentences stay in the token cache, so this is the query
 *   without tokenizing). CPU time and the least of many runs: other work shares the machine.
 * - Listing: every query's matches at full precision, for all `--pages` pages and for one
 *   stored report in 50 queried against the rest (its own report left out); `--against`
 *   prints every line that differs from an earlier `--out` and exits 1 on any. A change for
 *   speed must leave this list as it was, bit for bit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MatchIndex } from '../../src/crossref/index.ts';
import type { ReportSentence } from '../../src/model/report.ts';
import { crossrefEngine } from '../../src/store/crossref-engine.ts';
import { SIZE_ARGS, fillSyntheticIndex, sizeOf } from './synthetic-index.ts';

const { values } = parseArgs({
  options: {
    ...SIZE_ARGS,
    timed: { type: 'string' },
    out: { type: 'string' },
    against: { type: 'string' },
  },
});
const size = sizeOf(values);
const timed = Number(values.timed ?? 20);

const built = new MatchIndex();
const { pages, reports } = fillSyntheticIndex(built, size, (into, report) =>
  crossrefEngine.add(into, report),
);
const loaded = MatchIndex.deserialize(built.serialize());

/** Least CPU milliseconds a page over the runs after the first two. */
function timePages(index: MatchIndex): number {
  let best = Infinity;
  for (let run = 0; run < 25; run++) {
    const start = process.cpuUsage();
    for (const page of pages.slice(0, timed)) index.query(page.sentences, { limit: 8 });
    const used = process.cpuUsage(start);
    if (run >= 2) best = Math.min(best, (used.user + used.system) / 1000 / timed);
  }
  return best;
}

const times = [built, loaded, built, loaded].map(timePages);
console.log(
  `${size.reports} reports, ${built.sentenceCount} sentences: query of ${timed} pages, ` +
    `least CPU ms a page: built ${times[0]!.toFixed(2)} / ${times[2]!.toFixed(2)}, ` +
    `reloaded ${times[1]!.toFixed(2)} / ${times[3]!.toFixed(2)}`,
);

function list(tag: string, index: MatchIndex): string[] {
  const out: string[] = [];
  const add = (name: string, sentences: readonly ReportSentence[], exclude?: number) => {
    const hits = index.query(sentences, {
      limit: 30,
      ...(exclude === undefined ? {} : { excludeReportId: exclude }),
    });
    hits.forEach((found, i) => {
      const matches = found.map((m) => `${m.reportId}#${m.sentenceIndex}:${m.score}`);
      out.push(`${tag} ${name}s${i} ${matches.join(' ')}`);
    });
  };
  pages.forEach((page, p) => add(`page${p}`, page.sentences));
  let k = 0;
  for (const [id, report] of reports) if (k++ % 50 === 0) add(`report${id}`, report.sentences, id);
  return out;
}

if (values.out !== undefined || values.against !== undefined) {
  const lines = [...list('built', built), ...list('loaded', loaded)];
  if (values.out !== undefined) writeFileSync(values.out, `${lines.join('\n')}\n`);
  if (values.against !== undefined) {
    const theirs = readFileSync(values.against, 'utf8').split('\n').filter(Boolean);
    let differ = Math.abs(theirs.length - lines.length);
    for (let i = 0; i < Math.min(theirs.length, lines.length); i++) {
      if (theirs[i] === lines[i]) continue;
      differ++;
      console.log(`- ${theirs[i]}\n+ ${lines[i]}`);
    }
    console.log(`${lines.length} query lines, ${differ} differ from ${values.against}`);
    if (differ > 0) process.exitCode = 1;
  }
}

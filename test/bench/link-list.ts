/**
 * The links the engine gives on the synthetic store, as a list to compare across builds:
 * `npx tsx test/bench/link-list.ts [--reports 10000] [--pages 200] [--out FILE] [--against FILE]`.
 * Fills an index with the store benchmark's reports (same seed), matches pages through
 * `crossrefEngine.match` twice (the index as built, and as reloaded from its snapshot) and
 * writes one line per link: page, claim, other report, its sentence, relation, score (4
 * decimals). Prints every line only the built or only the reloaded index gives, and with
 * `--against`, every line only one run has; exits 1 on any.
 * So a change meant for speed can show it kept every link (issue 18).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MatchIndex } from '../../src/crossref/index.ts';
import type { PageMatches, ReportInput } from '../../src/model/report.ts';
import { parseArgs } from 'node:util';
import { crossrefEngine } from '../../src/store/crossref-engine.ts';
import { SIZE_ARGS, fillSyntheticIndex, sizeOf } from './synthetic-index.ts';

const { values } = parseArgs({
  options: {
    ...SIZE_ARGS,
    out: { type: 'string' },
    against: { type: 'string' },
  },
});
const size = sizeOf(values);

const index = new MatchIndex();
const { pages, load } = fillSyntheticIndex(index, size, (into, report) =>
  into.add(report.id, report.sentences),
);

function lines(result: PageMatches, page: number, tag: string): string[] {
  const out: string[] = [];
  for (const [claim, list] of Object.entries(result.matches)) {
    for (const m of list) {
      out.push(
        `${tag} page ${page} claim ${claim} → ${m.reportId}#${m.sentenceIndex} ${m.relation} ${m.score.toFixed(4)}`,
      );
    }
  }
  for (const s of result.story) {
    out.push(`${tag} page ${page} story ${s.reportId} ${s.role} ${s.score.toFixed(4)}`);
  }
  return out;
}

async function run(tag: string, matchIndex: MatchIndex, inputs: ReportInput[]): Promise<string[]> {
  const out: string[] = [];
  for (const [i, page] of inputs.entries()) {
    out.push(...lines(await crossrefEngine.matchPage(page, null, matchIndex, load), i, tag));
  }
  return out;
}

const t0 = performance.now();
const built = await run('built', index, pages);
const t1 = performance.now();
const reloaded = await run('loaded', MatchIndex.deserialize(index.serialize()), pages);
const all = [...built, ...reloaded];
console.log(
  `${size.reports} reports, ${index.sentenceCount} sentences; ${size.pages} pages: ` +
    `${built.length} links+story lines (built), ${reloaded.length} (reloaded); ` +
    `${((t1 - t0) / size.pages).toFixed(1)} ms a page`,
);
// The index as built and as reloaded must give the same links (one postings rule for both).
const untagged = (list: string[]) => list.map((l) => l.slice(l.indexOf(' ') + 1));
const loadedSet = new Set(untagged(reloaded));
const builtSet = new Set(untagged(built));
const builtOnly = untagged(built).filter((l) => !loadedSet.has(l));
const loadedOnly = untagged(reloaded).filter((l) => !builtSet.has(l));
for (const l of builtOnly) console.log(`built only: ${l}`);
for (const l of loadedOnly) console.log(`reloaded only: ${l}`);
if (builtOnly.length + loadedOnly.length > 0) process.exitCode = 1;
const out = values.out;
if (out) writeFileSync(out, `${all.join('\n')}\n`);
const against = values.against;
if (against) {
  const theirs = readFileSync(against, 'utf8').split('\n').filter(Boolean);
  const mine = new Set(all);
  const other = new Set(theirs);
  const onlyMine = all.filter((l) => !other.has(l));
  const onlyTheirs = theirs.filter((l) => !mine.has(l));
  for (const l of onlyTheirs) console.log(`- ${l}`);
  for (const l of onlyMine) console.log(`+ ${l}`);
  console.log(`${onlyTheirs.length} lines only in ${against}, ${onlyMine.length} only in this run`);
  if (onlyMine.length + onlyTheirs.length > 0) process.exitCode = 1;
}

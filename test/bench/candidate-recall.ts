/**
 * How often the index query finds an independently written sentence of the same fact, on real
 * text: `npx tsx test/bench/candidate-recall.ts DATA [--split msr_paraphrase_train.txt]`.
 * Stores every sentence of DATA/polnear/{train,dev}/text (US political news, the distractors:
 * one report per article) and the first sentence of each MSRP pair (one report each), then
 * queries each pair's second sentence and counts how often its partner is among the matches
 * (score ≥ CANDIDATE_THRESHOLD). MSRP's pairs come from different outlets covering one story,
 * so a paraphrase pair the query misses is a claim the extension can never link.
 *
 * The synthetic store of the benchmarks is no judge of this: its content words sit in few
 * sentences, so the postings cap (COMMON_SHARE) can fall far before a link is lost there. This
 * store is small (about 36k sentences, so the cap is MIN_POSTINGS); to see the cap of a large
 * store at this size, lower MIN_POSTINGS in src/crossref/postings.ts (to 8, say) for the run:
 * the cap is then COMMON_SHARE of these sentences, as in a store of any size.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { splitSentences } from '../../src/claims/01-sentences.ts';
import { asSentences } from '../../src/crossref/copy-score.ts';
import { MatchIndex } from '../../src/crossref/index.ts';
import { postingsCap } from '../../src/crossref/postings.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { split: { type: 'string', default: 'msr_paraphrase_train.txt' } },
});
const data = positionals[0];
if (data === undefined) {
  console.error('usage: candidate-recall.ts DATA [--split msr_paraphrase_train.txt]');
  process.exit(2);
}
/** Shorter lines are headlines, bylines and captions, not claims. */
const MIN_WORDS = 5;

const index = new MatchIndex();
let id = 1;
let stored = 0;
for (const split of ['train', 'dev']) {
  const dir = join(data, 'polnear', split, 'text');
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const sentences = splitSentences(text)
      .map((r) => text.slice(r.start, r.end))
      .filter((s) => s.split(/\s+/).length >= MIN_WORDS);
    index.add(id++, asSentences(sentences));
    stored += sentences.length;
  }
}
const rows = gunzipSync(readFileSync(join(data, 'msrp', `${values.split}.gz`)))
  .toString('utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .filter((cells) => cells.length >= 5);
const pairs = rows.map(([quality, , , first, second]) => {
  index.add(id, asSentences([first!]));
  stored++;
  return { id: id++, paraphrase: quality === '1', second: second! };
});
// Queried as a loaded store would be: postings packed.
index.compact();

const found = { paraphrase: 0, other: 0 };
const total = { paraphrase: 0, other: 0 };
let others = 0;
const start = process.cpuUsage();
for (const pair of pairs) {
  const matches = index.queryText(pair.second, { limit: 10 });
  const kind = pair.paraphrase ? 'paraphrase' : 'other';
  total[kind]++;
  if (matches.some((m) => m.reportId === pair.id)) found[kind]++;
  others += matches.filter((m) => m.reportId !== pair.id).length;
}
const used = process.cpuUsage(start);
const share = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(2)} %)`;
console.log(
  `${stored} sentences stored, postings cap ${postingsCap(stored)}: ` +
    `paraphrase partners found ${share(found.paraphrase, total.paraphrase)}, ` +
    `non-paraphrase partners ${share(found.other, total.other)}, other matches ${others}; ` +
    `queries ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`,
);

/**
 * tokenize() and textLanguage() timed per sentence (issue 13: a page answer tokenizes about a
 * hundred sentences): `npx tsx test/bench/tokenize-speed.ts [--rounds 7] [PATH…]`.
 * Synthetic: the sentences of ReportGenerator(3).reports(300). Real: the sentences of the text
 * files given by path (.gz unpacked; e.g. ../shared/seeds, msrp, polnear text), read only.
 * Prints the least CPU time per sentence of the rounds after one warm-up round (the shared
 * machine's other work only ever adds time). Compare builds only side by side, as ratios.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { splitSentences, textLanguage } from '../../src/claims/index.ts';
import { tokenize } from '../../src/crossref/tokenize.ts';
import { ReportGenerator } from './synthetic-reports.ts';

const { values, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '7' } },
  allowPositionals: true,
});
const rounds = Number(values.rounds);

function sentencesOf(path: string, out: string[]): string[] {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) sentencesOf(join(path, name), out);
    return out;
  }
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  for (const r of splitSentences(text)) out.push(text.slice(r.start, r.end));
  return out;
}

/** Least CPU microseconds per text of `rounds` timed rounds, after one warm-up round. */
function timed(texts: readonly string[], f: (t: string) => unknown): number {
  let best = Infinity;
  for (let r = 0; r <= rounds; r++) {
    const t0 = process.cpuUsage();
    for (const t of texts) f(t);
    const { user, system } = process.cpuUsage(t0);
    if (r > 0) best = Math.min(best, user + system);
  }
  return best / texts.length;
}

const sets: [string, string[]][] = [
  ['synthetic', new ReportGenerator(3).reports(300).flatMap((r) => r.sentences.map((s) => s.text))],
];
if (positionals.length > 0) sets.push(['real', positionals.flatMap((p) => sentencesOf(p, []))]);
for (const [name, texts] of sets) {
  const tok = timed(texts, tokenize);
  const lang = timed(texts, (t) => textLanguage(t));
  console.log(
    `${name}: ${texts.length} sentences; tokenize ${tok.toFixed(1)} µs, textLanguage ${lang.toFixed(1)} µs a sentence`,
  );
}

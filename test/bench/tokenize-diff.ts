/**
 * The tokenizer's output on a large corpus, as a dump to compare across builds (issue 13):
 * `npx tsx test/bench/tokenize-diff.ts [--out FILE | --against FILE] [PATH…]`.
 * Texts: synthetic reports and pages (ReportGenerator), seeded random strings
 * of tricky characters, and every file or folder given by path (the seed pages, ../shared/data) (read only, never copied: .gz
 * unpacked, .json/.jsonl string values, .html with its tags dropped, anything else as text),
 * each line and each of its sentences. One dump line per text: the text, textLanguage() with no
 * hint and with a German hint, and tokenize()'s tokens as JSON (so field order counts too).
 * With `--against`, prints the number of texts and of texts that differ (the first few of
 * them) and exits 1 on any difference. A change made for speed must keep this list as it was.
 */
import {
  closeSync,
  createReadStream,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { splitSentences, textLanguage } from '../../src/claims/index.ts';
import { tokenize } from '../../src/crossref/tokenize.ts';
import { seededRandom } from '../fuzz/random.ts';
import { ReportGenerator } from './synthetic-reports.ts';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, against: { type: 'string' } },
  allowPositionals: true,
});

/** Lines longer than this are tokenized as sentences only (a whole article is no one text). */
const MAX_LINE = 3000;
const FUZZ_TEXTS = 20_000;
const SHOWN = 5;

const texts = new Set<string>();

function addDocument(doc: string): void {
  for (const line of doc.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (trimmed.length <= MAX_LINE) texts.add(trimmed);
    for (const r of splitSentences(trimmed)) texts.add(trimmed.slice(r.start, r.end));
  }
}

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

function addPath(path: string): void {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) addPath(join(path, name));
    return;
  }
  const raw = readFileSync(path);
  const name = path.replace(/\.gz$/, '');
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  if (name.endsWith('.jsonl')) {
    for (const line of text.split('\n'))
      if (line.trim()) strings(JSON.parse(line), []).forEach(addDocument);
  } else if (name.endsWith('.json')) strings(JSON.parse(text), []).forEach(addDocument);
  else if (name.endsWith('.html')) addDocument(text.replace(/<[^>]*>/g, '\n'));
  else addDocument(text);
}

/** Seeded strings of the characters the tokenizer treats specially, in random runs. */
function fuzzTexts(): void {
  const random = seededRandom(13);
  const parts = [
    ...'abcXYZ019 .,;:-–—()[]"\'’‘“”«»´′\u00a0\u2010\u2011&¿¡?!'.split(''),
    ...['de-', 're-', "n't", "'s", "'re", "'ll", 'U.S.', 'u.k.', 'US', 'No. 5', 'İ', 'ß', 'é'],
    ...['ñ', 'ção', 'Müller', "l'armée", 'ciones', 'iendo', '130,000', '1.5', '12.000', '3,5'],
    ...['million', 'thousand', 'twenty', 'five', 'Millionen', 'mil', 'cinq', ' 500', 'Москва'],
    ...['北京', '👍', 'e\u0301', 'pull', 'back', 'united', 'states', 'per', 'cent', 'but', 'while'],
    ...['der', 'die', 'und', 'le', 'la', 'les', 'el', 'los', 'the', 'of', 'sagte', 'a déclaré'],
    ...['dijo', 'não', 'com', 'uma', 'constructor', '__proto__', 'toString', 'ca', 'wo', 'anti'],
  ];
  for (let i = 0; i < FUZZ_TEXTS; i++) {
    let s = '';
    const n = 1 + Math.floor(random() * 30);
    for (let j = 0; j < n; j++) {
      s += parts[Math.floor(random() * parts.length)]!;
      if (random() < 0.5) s += ' ';
    }
    texts.add(s);
  }
}

const generator = new ReportGenerator(3);
for (const r of [...generator.reports(300), ...generator.pages(20)]) {
  addDocument(r.title);
  for (const s of r.sentences) texts.add(s.text);
}
fuzzTexts();
for (const p of positionals) addPath(p);

/** One dump line per text; compared as written, so nothing is normalized. */
function line(t: string): string {
  return JSON.stringify([t, textLanguage(t), textLanguage(t, 'de'), tokenize(t)]);
}

console.log(`${texts.size} texts`);
if (values.out) {
  // Written line by line: the whole dump is too long for one string.
  const fd = openSync(values.out, 'w');
  for (const t of texts) writeSync(fd, line(t) + '\n');
  closeSync(fd);
}
if (values.against) {
  let differ = 0;
  let before = 0;
  const it = texts.values();
  for await (const old of createInterface({ input: createReadStream(values.against) })) {
    before++;
    const t = it.next();
    const now = t.done ? undefined : line(t.value);
    if (old === now) continue;
    if (differ++ < SHOWN) console.log(`- ${old}\n+ ${now}`);
  }
  for (let t = it.next(); !t.done; t = it.next()) {
    if (differ++ < SHOWN) console.log(`+ ${line(t.value)}`);
  }
  console.log(`${before} texts before, ${differ} differ`);
  if (differ > 0) process.exitCode = 1;
}

/**
 * Scores hedge and weasel detection on the CoNLL-2010 Wikipedia sentences.
 *
 *   npm run eval:hedges -- ../shared/data/hedges/train.csv.gz
 *
 * A text is predicted positive when any of its sentences is `hedged` or `anonymous` (an
 * unnamed source stands behind it: "some critics say", "it is believed"); label 1 is the gold.
 * The even and odd rows are also scored apart: a rule that holds on one half and not the other
 * is tuned to single items.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyseText } from '../../src/claims/index.ts';
import { parseCsv } from './csv.ts';

function scores(c: { tp: number; fp: number; fn: number }): string {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}`;
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run eval:hedges -- <train.csv.gz>');
    process.exit(2);
  }
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const rows = parseCsv(text);
  const header = rows.shift();
  if (!header || header[0] !== 'text') throw new Error(`unexpected header: ${header?.join(',')}`);
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const halves = [
    { tp: 0, fp: 0, fn: 0, tn: 0 },
    { tp: 0, fp: 0, fn: 0, tn: 0 },
  ];
  let row = 0;
  const byReason = { hedged: 0, anonymous: 0 };
  let chars = 0;
  const t0 = performance.now();
  for (const [sentence, label] of rows) {
    if (sentence === undefined || label === undefined) continue;
    const body = sentence.trim();
    chars += body.length;
    const analysis = analyseText(body);
    const hedged = analysis.some((s) => s.hedged);
    const anonymous = analysis.some((s) => s.kind === 'anonymous');
    if (hedged) byReason.hedged++;
    if (anonymous) byReason.anonymous++;
    const pred = hedged || anonymous;
    const gold = label.trim() === '1';
    for (const x of [c, halves[row++ % 2]!]) {
      if (pred && gold) x.tp++;
      else if (pred) x.fp++;
      else if (gold) x.fn++;
      else x.tn++;
    }
  }
  const ms = performance.now() - t0;
  console.log(
    `hedges ${file}: ${c.tp + c.fp + c.fn + c.tn} texts, ${(chars / 1e6).toFixed(2)} M chars`,
  );
  console.log(scores(c));
  console.log(`even rows: ${scores(halves[0]!)}`);
  console.log(`odd rows:  ${scores(halves[1]!)}`);
  console.log(`confusion: tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  tn ${c.tn}`);
  console.log(`predicted hedged ${byReason.hedged}, anonymous ${byReason.anonymous}`);
  console.log(
    `analysis time ${(ms / 1000).toFixed(2)} s (${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s)`,
  );
}

main();

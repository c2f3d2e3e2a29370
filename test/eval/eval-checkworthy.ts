/**
 * Scores check-worthiness on ClaimBuster's debate sentences.
 *
 *   npm run eval:checkworthy -- ../shared/data/checkworthy/dev.jsonl.gz [--errors N]
 *
 * Each sentence is what `corroborate claims --json` gets for a `.txt` file holding it: the same
 * function the CLI calls (`claimsJson`), run in-process so 9,000 sentences take seconds, not one
 * Node start-up each. A text is predicted check-worthy when any of its sentences has a kind other
 * than `none`; label 1 is the gold. Figures are also printed for the even and odd ids apart, a
 * check that the rules do not hang on one half. `--errors N` prints N false positives and N false
 * negatives with the reasons given, for reading, not for tuning to single sentences.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { claimsJson } from '../../src/cli/command-claims.ts';

interface Item {
  id: number;
  label: number;
  text: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function readItems(file: string): Item[] {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

function line(name: string, c: Counts): string {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${name}P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error(
      'usage: npm run eval:checkworthy -- <checkworthy .jsonl or .jsonl.gz> [--errors N]',
    );
    process.exit(2);
  }
  const at = process.argv.indexOf('--errors');
  const show = at > 0 ? Number(process.argv[at + 1] ?? 10) : 0;
  const items = readItems(file);
  const all: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const halves: [Counts, Counts] = [
    { tp: 0, fp: 0, fn: 0, tn: 0 },
    { tp: 0, fp: 0, fn: 0, tn: 0 },
  ];
  const why = { fp: new Map<string, number>(), fn: new Map<string, number>() };
  const samples = { fp: [] as string[], fn: [] as string[] };
  const t0 = performance.now();
  for (const item of items) {
    const out = await claimsJson(`${item.id}.txt`, item.text);
    const flagged = out.sentences.some((s) => s.kind !== 'none');
    const gold = item.label === 1;
    const key = flagged ? (gold ? 'tp' : 'fp') : gold ? 'fn' : 'tn';
    all[key]++;
    halves[item.id % 2 === 0 ? 0 : 1][key]++;
    if (key === 'fp' || key === 'fn') {
      const reasons = [...new Set(out.sentences.flatMap((s) => s.reasons))].join(',') || '-';
      why[key].set(reasons, (why[key].get(reasons) ?? 0) + 1);
      if (samples[key].length < show) samples[key].push(`${item.text}\n      [${reasons}]`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const pos = items.filter((i) => i.label === 1).length;
  console.log(`checkworthy ${file}: ${items.length} sentences, ${pos} labelled 1`);
  console.log(line('', all));
  console.log(line('even ids: ', halves[0]));
  console.log(line('odd ids:  ', halves[1]));
  console.log(`analysis time ${seconds.toFixed(1)} s`);
  for (const key of ['fp', 'fn'] as const) {
    const top = [...why[key]].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`${key} by reasons: ${top.map(([r, n]) => `${r} ${n}`).join('; ')}`);
    for (const s of samples[key]) console.log(`  ${key}: ${s}`);
  }
}

await main();

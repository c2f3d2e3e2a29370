/**
 * Scores `corroborate claims --json` against PolNeAR's brat attribution spans.
 *
 *   npm run eval:claims -- ../shared/data/polnear/dev
 *
 * Policy: an article annotated by several people is scored once against each annotator's file
 * and the counts are summed (micro-average over article × annotator). Per role (cue, source,
 * content) a predicted span is correct when it equals a gold span of the same role (exact) or
 * shares at least one character with one (overlap); recall counts gold spans found the same way.
 * Discontinuous gold spans count as their fragments for overlap and as [first start, last end]
 * for exact matching. A sentence "carries an attribution" in the gold when a gold cue lies in it
 * or it lies wholly inside gold content; in the prediction when it has any attribution.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Role } from './polnear.ts';
import { goldCarries, overlaps, parseAnn, ROLES } from './polnear.ts';

type Span = { start: number; end: number; frags: Array<[number, number]> };

// Files per CLI call: large enough to amortise start-up, small enough for the argument list.
const BATCH = 30;

interface PredSentence {
  start: number;
  end: number;
  attributions: Array<Record<Role, { start: number; end: number } | null>>;
}

interface Counts {
  tp: number;
  np: number;
  found: number;
  ng: number;
}

function runCli(files: string[]): Map<string, PredSentence[]> {
  const out = new Map<string, PredSentence[]>();
  const bin = resolve(import.meta.dirname, '../../src/cli/corroborate.js');
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const r = spawnSync('node', [bin, 'claims', '--json', ...batch], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (r.status !== 0) throw new Error(`claims failed (${r.status}): ${r.stderr}`);
    for (const line of r.stdout.split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { file: string; sentences: PredSentence[] };
      out.set(doc.file, doc.sentences);
    }
  }
  return out;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function main(): void {
  const dir = process.argv[2];
  if (!dir || !existsSync(join(dir, 'text'))) {
    console.error('usage: npm run eval:claims -- <polnear split dir with text/ and attributions/>');
    process.exit(2);
  }
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const files = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(textDir, f));
  const t0 = performance.now();
  const preds = runCli(files);
  const seconds = (performance.now() - t0) / 1000;
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann'));
  const exact: Record<Role, Counts> = {} as Record<Role, Counts>;
  const over: Record<Role, Counts> = {} as Record<Role, Counts>;
  for (const r of ROLES) {
    exact[r] = { tp: 0, np: 0, found: 0, ng: 0 };
    over[r] = { tp: 0, np: 0, found: 0, ng: 0 };
  }
  const sent = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const ann of anns) {
    const article = ann.replace(/_[0-9a-f]+\.ann$/, '');
    const file = join(textDir, `${article}.txt`);
    const sentences = preds.get(file);
    if (!sentences) continue;
    const goldFile = parseAnn(readFileSync(join(annDir, ann), 'utf8'));
    const gold = goldFile.spans;
    for (const role of ROLES) {
      const seen = new Set<string>();
      const pred: Span[] = [];
      for (const s of sentences)
        for (const a of s.attributions) {
          const x = a[role];
          if (!x || seen.has(`${x.start}:${x.end}`)) continue;
          seen.add(`${x.start}:${x.end}`);
          pred.push({ start: x.start, end: x.end, frags: [[x.start, x.end]] });
        }
      const g = gold[role];
      exact[role].np += pred.length;
      over[role].np += pred.length;
      exact[role].ng += g.length;
      over[role].ng += g.length;
      exact[role].tp += pred.filter((p) =>
        g.some((x) => x.start === p.start && x.end === p.end),
      ).length;
      exact[role].found += g.filter((x) =>
        pred.some((p) => x.start === p.start && x.end === p.end),
      ).length;
      over[role].tp += pred.filter((p) => g.some((x) => overlaps(p, x))).length;
      over[role].found += g.filter((x) => pred.some((p) => overlaps(p, x))).length;
    }
    for (const s of sentences) {
      const goldPos = goldCarries(goldFile, s.start, s.end);
      const predPos = s.attributions.length > 0;
      if (goldPos && predPos) sent.tp++;
      else if (predPos) sent.fp++;
      else if (goldPos) sent.fn++;
      else sent.tn++;
    }
  }
  const chars = files.reduce((n, f) => n + readFileSync(f, 'utf8').length, 0);
  console.log(`PolNeAR ${dir}: ${files.length} articles, ${anns.length} annotation files`);
  console.log(
    `CLI time ${seconds.toFixed(1)} s for ${(chars / 1e6).toFixed(2)} M chars (incl. Node start-up)\n`,
  );
  console.log('| role | match | P | R | F1 | pred | gold |');
  console.log('|---|---|---|---|---|---|---|');
  for (const role of ROLES)
    for (const [name, c] of [
      ['exact', exact[role]],
      ['overlap', over[role]],
    ] as const) {
      const p = c.np ? c.tp / c.np : 0;
      const r = c.ng ? c.found / c.ng : 0;
      console.log(
        `| ${role} | ${name} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1(p, r).toFixed(3)} | ${c.np} | ${c.ng} |`,
      );
    }
  const sp = sent.tp / (sent.tp + sent.fp || 1);
  const sr = sent.tp / (sent.tp + sent.fn || 1);
  console.log(
    `\nsentence carries an attribution: P ${sp.toFixed(3)} R ${sr.toFixed(3)} F1 ${f1(sp, sr).toFixed(3)} ` +
      `(tp ${sent.tp}, fp ${sent.fp}, fn ${sent.fn}, tn ${sent.tn})`,
  );
}

main();

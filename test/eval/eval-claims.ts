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
import { builtCli } from '../tools/built-cli.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MatchCounts, Role } from './polnear.ts';
import {
  addMatches,
  addOverlaps,
  emptyCounts,
  goldCarries,
  parseAnn,
  predictedSpans,
  prf,
  ROLES,
} from './polnear.ts';

// Files per CLI call: large enough to amortise start-up, small enough for the argument list.
const BATCH = 30;

interface PredSentence {
  start: number;
  end: number;
  attributions: Array<Record<Role, { start: number; end: number } | null>>;
}

function runCli(files: string[]): Map<string, PredSentence[]> {
  const out = new Map<string, PredSentence[]>();
  const bin = builtCli();
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
  const exact = {} as Record<Role, MatchCounts>;
  const over = {} as Record<Role, MatchCounts>;
  for (const r of ROLES) {
    exact[r] = emptyCounts();
    over[r] = emptyCounts();
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
      const pred = predictedSpans(sentences, role);
      const g = gold[role];
      addMatches(exact[role], pred, g, (p, x) => x.start === p.start && x.end === p.end);
      addOverlaps(over[role], pred, g);
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
      const { p, r, f1: f } = prf(c);
      console.log(
        `| ${role} | ${name} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${c.np} | ${c.ng} |`,
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

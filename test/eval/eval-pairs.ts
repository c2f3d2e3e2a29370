/**
 * `npm run eval:pairs -- FILE` scores `corroborate pairs --level claim` on a paraphrase corpus in
 * the MSRP layout (TSV: Quality, #1 ID, #2 ID, #1 String, #2 String; gzip or plain). The CLI is
 * spawned once per level with every pair on stdin, so the figures are those of the shipped
 * engine and threshold. `--level link` (what the popover links: the same claim or overlapping
 * ones) is printed beside it for information: a paraphrase corpus counts an overlapping pair
 * as a non-paraphrase. The best threshold on the file is printed for information only.
 * The same-claim model was fitted on MSRP's training split (test/eval/fit-pairs.ts), so on
 * that file the accuracy is in-sample: fit-pairs prints the cross-validated figure.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { builtCli } from '../tools/built-cli.ts';
import { loadPairs } from './msrp.ts';

function runCli(input: string, level: 'claim' | 'link'): Promise<string> {
  const bin = builtCli();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, 'pairs', '--level', level], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(Buffer.concat(chunks).toString('utf8'));
      else reject(new Error(`corroborate pairs exited with ${code}`));
    });
    child.stdin.end(input);
  });
}

function metrics(labels: boolean[], predicted: boolean[]) {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  labels.forEach((y, i) => {
    const p = predicted[i]!;
    if (p && y) tp++;
    else if (p) fp++;
    else if (y) fn++;
    else tn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    accuracy: (tp + tn) / Math.max(1, labels.length),
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
  };
}

export async function evalPairs(file: string): Promise<void> {
  const pairs = await loadPairs(file);
  const started = performance.now();
  const input = pairs.map((p) => `${p.a}\t${p.b}`).join('\n') + '\n';
  const parse = (output: string) => {
    const lines = output
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    if (lines.length !== pairs.length)
      throw new Error(`expected ${pairs.length} lines from the CLI, got ${lines.length}`);
    return lines;
  };
  const rows = parse(await runCli(input, 'claim'));
  const seconds = (performance.now() - started) / 1000;
  const linkRows = parse(await runCli(input, 'link'));
  const scores = rows.map((r) => Number(r[0]));
  const linked = rows.map((r) => r[1] === '1');
  const labels = pairs.map((p) => p.label);
  const m = metrics(labels, linked);
  const link = metrics(
    labels,
    linkRows.map((r) => r[1] === '1'),
  );
  const positives = labels.filter(Boolean).length;
  const majority = Math.max(positives, labels.length - positives) / labels.length;
  let best = { threshold: 0, accuracy: 0 };
  for (let t = 0.2; t <= 0.9001; t += 0.01) {
    const a = metrics(
      labels,
      scores.map((s) => s >= t),
    ).accuracy;
    if (a > best.accuracy) best = { threshold: t, accuracy: a };
  }
  const f = (x: number) => x.toFixed(4);
  console.log(
    `pairs: ${pairs.length} (${positives} paraphrases) from ${file}; CLI time ${seconds.toFixed(1)} s`,
  );
  console.log('system                     accuracy  precision  recall    F1');
  console.log(
    `corroborate pairs (claim)  ${f(m.accuracy)}    ${f(m.precision)}     ${f(m.recall)}    ${f(m.f1)}`,
  );
  console.log(
    `(information) --level link  ${f(link.accuracy)}    ${f(link.precision)}     ${f(link.recall)}    ${f(link.f1)}`,
  );
  const all = metrics(
    labels,
    labels.map(() => positives * 2 >= labels.length),
  );
  console.log(
    `majority class             ${f(majority)}    ${f(all.precision)}     ${f(all.recall)}    ${f(all.f1)}`,
  );
  console.log(
    `(information only) best threshold on this file: ${best.threshold.toFixed(2)} → accuracy ${f(best.accuracy)}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run eval:pairs -- PATH/msr_paraphrase_train.txt.gz');
    process.exit(2);
  }
  evalPairs(file).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}

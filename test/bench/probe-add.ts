/**
 * The index's part of a single save, in Node: fills an index with the store benchmark's
 * reports (as the store does, through crossrefEngine.add), then adds more one at a time as a
 * save does (`prepare` while the database would write, then `add`) and prints the CPU time of
 * each part, the slowest adds, and how many compactions ran.
 * Run: `node --expose-gc --import tsx test/bench/probe-add.ts --reports 50000 [--adds 600]`.
 */
import { parseArgs } from 'node:util';
import { MatchIndex } from '../../src/crossref/index.ts';
import type { Report } from '../../src/model/report.ts';
import { crossrefEngine } from '../../src/store/crossref-engine.ts';
import { ReportGenerator } from './synthetic-reports.ts';

const { values } = parseArgs({
  options: { reports: { type: 'string' }, adds: { type: 'string' }, rounds: { type: 'string' } },
});
const size = Number(values.reports ?? 50_000);
const adds = Number(values.adds ?? 600);
const rounds = Number(values.rounds ?? 3);

const gen = new ReportGenerator(7);
const index = new MatchIndex();
let id = 0;
const t0 = performance.now();
while (id < size) {
  for (const input of gen.reports(Math.min(500, size - id))) {
    id += 1;
    crossrefEngine.add(index, { ...input, id, readAt: id * 60_000 });
  }
}
console.log(
  `filled ${size} reports (${index.sentenceCount} sentences) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
const compact = index.compact.bind(index);
let compactions = 0;
index.compact = () => {
  compactions++;
  compact();
};
// Time inside the index's own steps (wrapped: a little slower than unwrapped, as shares).
const stepMs = new Map<string, number>();
const steps = index as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of ['grow', 'post', 'countDocs', 'setWeight', 'compact']) {
  const inner = steps[name]!.bind(index);
  steps[name] = (...args: unknown[]) => {
    const t = performance.now();
    try {
      return inner(...args);
    } finally {
      stepMs.set(name, (stepMs.get(name) ?? 0) + performance.now() - t);
    }
  };
}
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};
for (let r = 0; r < rounds; r++) {
  const inputs: Report[] = gen.reports(adds).map((input) => ({ ...input, id: ++id, readAt: 0 }));
  (globalThis as { gc?: () => void }).gc?.();
  compactions = 0;
  stepMs.clear();
  const each: number[] = [];
  let prepareMs = 0;
  let addMs = 0;
  for (const report of inputs) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    crossrefEngine.prepare!(report);
    const w1 = performance.now();
    crossrefEngine.add(index, report);
    const w2 = performance.now();
    prepareMs += w1 - w0;
    addMs += w2 - w1;
    each.push(cpuMs(c0));
  }
  each.sort((a, b) => a - b);
  const total = each.reduce((a, b) => a + b, 0);
  console.log(
    `round ${r + 1}: ${adds} adds, CPU ${(total / adds).toFixed(3)} ms an add (p50 ${each[adds >> 1]!.toFixed(3)}, ` +
      `max ${each[adds - 1]!.toFixed(1)}); wall: prepare ${(prepareMs / adds).toFixed(3)}, add ${(addMs / adds).toFixed(3)} ms; ` +
      `compactions ${compactions}; in add: ` +
      [...stepMs].map(([k, v]) => `${k} ${(v / adds).toFixed(3)}`).join(', ') +
      ` ms; dictionary ${index.dict.size} keys`,
  );
}

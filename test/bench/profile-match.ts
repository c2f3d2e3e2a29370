/**
 * Where a page answer spends its time in Node: fills an index with the store benchmark's
 * synthetic reports, then CPU-profiles `crossrefEngine.matchPage` over pages and prints the
 * functions with the most self time and the inclusive time of the main steps.
 * `npx tsx test/bench/profile-match.ts [--reports 10000] [--pages 200] [--out prof.cpuprofile]
 * [--no-profile]`
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MatchIndex } from '../../src/crossref/index.ts';
import { crossrefEngine } from '../../src/store/crossref-engine.ts';
import { SIZE_ARGS, fillSyntheticIndex, sizeOf } from './synthetic-index.ts';

const { values } = parseArgs({
  options: {
    ...SIZE_ARGS,
    out: { type: 'string' },
    // Timings only (no profiler running): for comparing builds side by side.
    'no-profile': { type: 'boolean' },
    // Prints the calls under functions whose name starts with this, two levels deep.
    tree: { type: 'string' },
  },
});
const size = sizeOf(values);

const index = new MatchIndex();
const { pages, load } = fillSyntheticIndex(index, size, (into, report) =>
  crossrefEngine.add(into, report),
);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

const profiling = !values['no-profile'];
const session = new Session();
if (profiling) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const split = { queryMs: 0, fetchMs: 0, compareMs: 0 };
const t0 = performance.now();
// CPU time of this process too: steadier than the clock when other work shares the machine.
const cpu0 = process.cpuUsage();
for (const page of pages) {
  const timing = { queryMs: 0, fetchMs: 0, compareMs: 0 };
  await crossrefEngine.matchPage(page, null, index, load, timing);
  split.queryMs += timing.queryMs;
  split.fetchMs += timing.fetchMs;
  split.compareMs += timing.compareMs;
}
const total = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const per = (ms: number) => (ms / size.pages).toFixed(2);
console.log(
  `${size.pages} pages: ${per(total)} ms a page (query ${per(split.queryMs)}, ` +
    `fetch ${per(split.fetchMs)}, compare ${per(split.compareMs)}); ` +
    `cpu ${per((cpu.user + cpu.system) / 1000)} ms a page`,
);
if (!profiling) process.exit(0);
const { profile } = await session.post('Profiler.stop');
if (values.out) writeFileSync(values.out, JSON.stringify(profile));
const nodes = new Map<number, Node>((profile.nodes as Node[]).map((n) => [n.id, n]));
const sampleMs = (profile.endTime - profile.startTime) / 1000 / profile.samples!.length;
const name = (n: Node) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
function walk(n: Node, stack: Set<string>): number {
  let hits = n.hitCount;
  const key = name(n);
  self.set(key, (self.get(key) ?? 0) + n.hitCount);
  const inner = new Set(stack).add(key);
  for (const c of n.children ?? []) hits += walk(nodes.get(c)!, inner);
  if (!stack.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + hits);
  return hits;
}
walk(nodes.get((profile.nodes as Node[])[0]!.id)!, new Set());
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${per(v * sampleMs).padStart(7)} ms  ${k}`)
    .join('\n');
console.log(`self time a page:\n${top(self, 25)}\ninclusive a page:\n${top(inclusive, 40)}`);

/** Inclusive time of the callees of `prefix` (merged by name), `depth` levels down. */
function tree(prefix: string, depth: number): string {
  const lines: string[] = [];
  const total = (n: Node): number =>
    n.hitCount + (n.children ?? []).reduce((s, c) => s + total(nodes.get(c)!), 0);
  const roots = [...nodes.values()].filter((n) => name(n).startsWith(prefix));
  const merge = (ns: Node[], level: number, indent: string) => {
    const byName = new Map<string, Node[]>();
    for (const n of ns)
      for (const c of n.children ?? []) {
        const child = nodes.get(c)!;
        byName.set(name(child), [...(byName.get(name(child)) ?? []), child]);
      }
    const rows = [...byName].map(([k, v]) => [k, v, v.reduce((s, n) => s + total(n), 0)] as const);
    for (const [k, v, hits] of rows.sort((a, b) => b[2] - a[2]).slice(0, 12)) {
      lines.push(`${indent}${per(hits * sampleMs).padStart(7)} ms  ${k}`);
      if (level < depth) merge(v, level + 1, `${indent}  `);
    }
  };
  merge(roots, 1, '  ');
  return lines.join('\n');
}
if (values.tree) console.log(`under ${values.tree}:\n${tree(values.tree, 3)}`);

/**
 * A cold worker's first answer in Node, step by step: `--make FILE` fills an index with the
 * store benchmark's synthetic reports and writes its snapshot to FILE; `--load FILE` (run in a
 * fresh process each time) reads it, deserializes it as a cold worker does (checks left for
 * later), and times the first page's answer, the same page again, and the checks.
 * `npx tsx test/bench/cold-start.ts --reports 50000 --make /tmp/snap-50k.bin`, then
 * `node --import tsx test/bench/cold-start.ts --reports 50000 --load /tmp/snap-50k.bin`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MatchIndex } from '../../src/crossref/index.ts';
import type { Report, ReportInput } from '../../src/model/report.ts';
import { crossrefEngine } from '../../src/store/crossref-engine.ts';
import { SIZE_ARGS, fillSyntheticIndex, sizeOf } from './synthetic-index.ts';

const { values } = parseArgs({
  options: { ...SIZE_ARGS, make: { type: 'string' }, load: { type: 'string' } },
});
const size = { ...sizeOf(values), pages: 3 };
const cpu = () => process.cpuUsage().user / 1000;

if (values.make) {
  const index = new MatchIndex();
  const { pages, load } = fillSyntheticIndex(index, size, (into, report) =>
    crossrefEngine.add(into, report),
  );
  const bytes = crossrefEngine.serialize(index);
  writeFileSync(values.make, bytes);
  // The pages, and the reports their answers read (a worker's database, kept beside the file;
  // a fresh process then holds no other reports, as a worker does not).
  const read = new Map<number, Report>();
  const recording = async (ids: readonly number[]) => {
    const found = await load(ids);
    for (const [id, r] of found) read.set(id, r);
    return found;
  };
  for (const page of pages) await crossrefEngine.matchPage(page, null, index, recording);
  writeFileSync(`${values.make}.json`, JSON.stringify({ pages, reports: [...read.values()] }));
  console.log(`${size.reports} reports: snapshot ${(bytes.length / 1048576).toFixed(1)} MB`);
} else if (values.load) {
  const saved = JSON.parse(readFileSync(`${values.load}.json`, 'utf8')) as {
    pages: ReportInput[];
    reports: Report[];
  };
  const stored = new Map(saved.reports.map((r) => [r.id, r]));
  const load = async (ids: readonly number[]) =>
    new Map(
      ids.flatMap((id): Array<[number, Report]> => (stored.has(id) ? [[id, stored.get(id)!]] : [])),
    );
  const page = saved.pages[0]!;
  const file = readFileSync(values.load);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const steps: string[] = [];
  let t = cpu();
  const lap = (what: string) => {
    const now = cpu();
    steps.push(`${what} ${(now - t).toFixed(1)}`);
    t = now;
  };
  const index = crossrefEngine.deserialize(bytes);
  lap('deserialize');
  const answer = async (what: string) => {
    const timing = { queryMs: 0, fetchMs: 0, compareMs: 0 };
    const loadCopies = async (ids: readonly number[]) =>
      new Map([...(await load(ids))].map(([id, r]): [number, Report] => [id, structuredClone(r)]));
    await crossrefEngine.matchPage(page, null, index, loadCopies, timing);
    lap(what);
    steps[steps.length - 1] +=
      ` (query ${timing.queryMs.toFixed(1)}, compare ${timing.compareMs.toFixed(1)} wall)`;
  };
  await answer('first answer');
  crossrefEngine.verify!(index);
  lap('verify');
  await answer('first page again');
  console.log(`CPU ms: ${steps.join(', ')}`);
}

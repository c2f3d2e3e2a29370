/**
 * What filing imported reports in their stories costs: a backup of N synthetic reports (stories
 * of wire originals, copies and rewrites) imported into an empty store with the extension's
 * engine, then with the same engine minus filing (every report its own story), back to back,
 * each timed until its snapshot is written (filing done).
 * Prints both times, their ratio and the stories each import formed. Node + fake-indexeddb:
 * read the ratio, not the milliseconds (IndexedDB in a browser is faster).
 *   npx tsx test/bench/bench-import-filing.ts [N = 2000]
 */
import 'fake-indexeddb/auto';
import type { MatchIndex } from '../../src/crossref/index.ts';
import { crossrefEngine } from '../../src/store/crossref-engine.ts';
import type { MatchEngine } from '../../src/store/match-engine.ts';
import { createReportStore } from '../../src/store/report-store.ts';
import { ReportGenerator } from './synthetic-reports.ts';

const N = Number(process.argv[2] ?? 2_000);
const { addFiled: _unused, ...unfiled } = crossrefEngine;
let counter = 0;

function open(engine: MatchEngine<MatchIndex>) {
  let clock = 1_700_000_000_000;
  return createReportStore({
    name: `bench-filing-${process.pid}-${++counter}`,
    engine,
    now: () => (clock += 1000),
  });
}

async function importInto(engine: MatchEngine<MatchIndex>, backup: string) {
  const store = open(engine);
  const t0 = performance.now();
  await store.importAll(backup);
  // Filing runs behind the import: until the snapshot is written, every report is filed.
  await store.flush();
  const ms = performance.now() - t0;
  let multi = 0;
  let inMulti = 0;
  for (let offset = 0; ; offset += 50) {
    const page = await store.listStories({ offset, limit: 50 });
    for (const s of page.items) {
      if (s.reportCount > 1) {
        multi++;
        inMulti += s.reportCount;
      }
    }
    if (offset + 50 >= page.total) break;
  }
  await store.close();
  return { ms, multi, inMulti };
}

const source = open(crossrefEngine);
await source.saveReports(new ReportGenerator(7).reports(N));
const backup = await source.exportAll();
await source.close();

for (const round of [1, 2]) {
  const plain = await importInto(unfiled, backup);
  const filed = await importInto(crossrefEngine, backup);
  console.log(
    `round ${round}: ${N} reports imported in ${filed.ms.toFixed(0)} ms with filing, ` +
      `${plain.ms.toFixed(0)} ms without (x${(filed.ms / plain.ms).toFixed(2)}, ` +
      `${((filed.ms - plain.ms) / N).toFixed(2)} ms per report); stories of 2+ reports: ` +
      `${filed.multi} holding ${filed.inMulti} reports (without filing: ${plain.multi})`,
  );
}

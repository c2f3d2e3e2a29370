/**
 * The store benchmark's synthetic reports (seed 7) in an in-memory match index, for the Node
 * tools that match pages without a browser (link-list, profile-match): the same reports, ids,
 * read times and pages in each, so their figures and link lists speak of one store.
 */
import type { MatchIndex } from '../../src/crossref/index.ts';
import type { Report, ReportInput } from '../../src/model/report.ts';
import { ReportGenerator } from './synthetic-reports.ts';

/** Reports generated per call (the generator's batch; the sequence is the same at any size). */
const BATCH = 500;
/** Read time of report 1; each next report is read a minute later. */
const FIRST_READ = Date.UTC(2026, 0, 1);

/** `--reports` and `--pages`, the store's size, for each tool's parseArgs options. */
export const SIZE_ARGS = { reports: { type: 'string' }, pages: { type: 'string' } } as const;

/** The size SIZE_ARGS asked for: 10,000 reports and 200 pages unless told. */
export function sizeOf(values: { reports?: string | undefined; pages?: string | undefined }): {
  reports: number;
  pages: number;
} {
  return { reports: Number(values.reports ?? 10_000), pages: Number(values.pages ?? 200) };
}

export interface SyntheticIndex {
  reports: ReadonlyMap<number, Report>;
  /** Pages to match, drawn after the reports from the same generator. */
  pages: ReportInput[];
  /** The store's loader: the stored reports among `ids` (unknown ids left out). */
  load: (ids: readonly number[]) => Promise<Map<number, Report>>;
}

/**
 * Files `reportCount` synthetic reports into `index` with `file` (the caller says how: the
 * index alone, or the engine that also places each report in its story), ids from 1.
 */
export function fillSyntheticIndex(
  index: MatchIndex,
  counts: { reports: number; pages: number },
  file: (index: MatchIndex, report: Report) => void,
): SyntheticIndex {
  const gen = new ReportGenerator(7);
  const reports = new Map<number, Report>();
  let id = 0;
  while (id < counts.reports) {
    for (const input of gen.reports(Math.min(BATCH, counts.reports - id))) {
      id += 1;
      const report: Report = { ...input, id, readAt: FIRST_READ + id * 60_000 };
      reports.set(id, report);
      file(index, report);
    }
  }
  const load = (ids: readonly number[]) =>
    Promise.resolve(new Map(ids.flatMap((i) => (reports.has(i) ? [[i, reports.get(i)!]] : []))));
  return { reports, pages: gen.pages(counts.pages), load };
}

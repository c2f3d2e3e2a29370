import * as v from 'valibot';
import { MAX_IMPORT_CHARS, MAX_IMPORT_CHUNK } from '../model/export-file.ts';
import {
  flag,
  type Infer,
  integer,
  isRecord,
  list,
  oneOf,
  optional,
  record,
  type Schema,
  text,
} from '../model/check.ts';
import { listQuerySchema, siteSchema } from '../model/store-api.ts';
import { storyQuerySchema } from '../model/story-list.ts';
import { reportInputSchema, reportSchema } from '../model/validate-report.ts';

// The params of every method, one schema each: the dispatcher checks each message with it (and
// hands the handler only the fields it names), and protocol.ts infers the params types from it.

const id = integer(1);
/** Import ids are UUIDs. */
const importId = text(64);
const none = record({});

export const backgroundParams = {
  matchPage: reportInputSchema,
  getReport: record({ id }),
  listReports: listQuerySchema,
  listStories: storyQuerySchema,
  deleteReport: record({ id }),
  clearAll: none,
  exportAll: none,
  importAll: record({ json: text(MAX_IMPORT_CHARS) }),
  exportPage: record({ after: optional(integer(0)) }),
  // The store checks the header against the export header schema (store/export-format.ts).
  beginImport: record({
    header: v.custom<Record<string, unknown>>(isRecord, 'expected an object'),
  }),
  stageImport: record({
    importId,
    offset: integer(0),
    reports: list(reportSchema, MAX_IMPORT_CHUNK),
  }),
  commitImport: record({ importId }),
  abortImport: record({ importId }),
  stats: none,
  getSettings: none,
  sitePaused: none,
  setSitePaused: record({ site: siteSchema, paused: flag }),
  analyseTab: record({ tabId: integer(0) }),
} satisfies Record<string, Schema>;

export const contentParams = {
  getSummary: none,
  focusClaim: record({ index: integer(0) }),
  setHighlights: record({ on: flag }),
  stepClaim: record({ direction: oneOf([1, -1]) }),
} satisfies Record<string, Schema>;

export type BackgroundParams = {
  [K in keyof typeof backgroundParams]: Infer<(typeof backgroundParams)[K]>;
};
export type ContentParams = { [K in keyof typeof contentParams]: Infer<(typeof contentParams)[K]> };

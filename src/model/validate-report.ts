import * as v from 'valibot';
import { claimKindSchema, sourceTypeSchema } from './claim.ts';
import {
  finiteNumber,
  firstError,
  flag,
  integer,
  list,
  nullable,
  optional,
  record,
  type Problem,
  withRule,
  text,
} from './check.ts';
import { isWebUrl } from './web-url.ts';

// The schemas of a report and its sentences: the types in report.ts are inferred from them, and
// the background's messages, the store's writes, backup import and `corroborate pack` all check
// reports with them.

// Size limits: generous for real articles, small enough that one message or imported file
// cannot exhaust the worker's memory or the reader's quota.
/** A very long article is ~100k characters; 2M leaves room for pathological but real pages. */
export const MAX_TEXT_CHARS = 2_000_000;
/** One sentence per ~10 characters of the largest text would be absurd; cap well below. */
export const MAX_SENTENCES = 20_000;
/** A sentence longer than this is a run-on block, not a sentence. */
export const MAX_SENTENCE_CHARS = 20_000;
/** URLs beyond 8k are rejected by most servers anyway. */
export const MAX_URL_CHARS = 8_192;
export const MAX_TITLE_CHARS = 2_000;
export const MAX_SHORT_CHARS = 1_000;

/** Why `raw` is not a web address we keep (javascript:, data:, file: would become links). */
function notWebUrl(raw: string): string {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1];
  return scheme
    ? `only http and https addresses are kept, not "${scheme.toLowerCase()}:"`
    : 'not an absolute http or https address';
}

/** An absolute http(s) address. */
const webUrl = v.pipe(
  text(MAX_URL_CHARS),
  v.minLength(1, 'must not be empty'),
  v.check(isWebUrl, (issue) => notWebUrl(issue.input)),
);

const sentenceEntries = {
  /** Position of the sentence in its report. */
  index: integer(0, MAX_SENTENCES),
  text: text(MAX_SENTENCE_CHARS),
  /** UTF-16 offsets into the report's article text. */
  start: integer(0, MAX_TEXT_CHARS),
  end: integer(0, MAX_TEXT_CHARS),
  kind: claimKindSchema,
  hedged: flag,
  /**
   * The first hedge the claims analysis found ("reportedly", "could face"), null when none.
   * Missing in reports stored before it was kept (crossref then finds it again).
   */
  hedge: optional(nullable(text(MAX_SHORT_CHARS))),
  /** Display name of the main source (pronouns resolved), or null. */
  source: nullable(text(MAX_SHORT_CHARS)),
  sourceType: nullable(sourceTypeSchema),
  /** The attribution cue word(s), e.g. "said", "according to". */
  cue: nullable(text(MAX_SHORT_CHARS)),
};
export const reportSentenceSchema = record(sentenceEntries);

const inputEntries = {
  url: webUrl,
  canonicalUrl: nullable(webUrl),
  site: text(MAX_SHORT_CHARS),
  title: text(MAX_TITLE_CHARS),
  byline: nullable(text(MAX_SHORT_CHARS)),
  publishedTime: nullable(text(100)),
  lang: nullable(text(35)),
  text: text(MAX_TEXT_CHARS),
  sentences: list(reportSentenceSchema, MAX_SENTENCES),
};

/** Rules across fields: sentences numbered in order, their offsets inside the text. */
function sentencesFitText(report: {
  text: string;
  sentences: ReadonlyArray<{ index: number; start: number; end: number }>;
}): Problem | null {
  const { sentences } = report;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.index !== i) {
      return { path: ['sentences', i, 'index'], message: `expected ${i}, got ${s.index}` };
    }
    if (s.start > s.end || s.end > report.text.length) {
      const length = report.text.length;
      return {
        path: ['sentences', i],
        message: `offsets ${s.start}..${s.end} lie outside the text (${length} characters)`,
      };
    }
  }
  return null;
}

const inputObject = record(inputEntries);
/** A report (one read article) as the content script sends it and the store keeps it. */
export const reportInputSchema = withRule(inputObject, sentencesFitText);

const storedEntries = {
  ...inputEntries,
  id: integer(1),
  /** When the reader opened it (ms since epoch). */
  readAt: v.pipe(finiteNumber, v.minValue(0, 'must not be negative')),
};
const storedObject = record(storedEntries);
/** A stored report, as a backup file carries it. */
export const reportSchema = withRule(storedObject, sentencesFitText);

/** Fields a stored report (and each of its sentences) may carry: the rest is never kept. */
export const REPORT_FIELD_NAMES: readonly string[] = Object.keys(storedEntries);
export const SENTENCE_FIELD_NAMES: readonly string[] = Object.keys(sentenceEntries);

/** Null when `value` is a well-formed ReportInput (what a content script sends). */
export function checkReportInput(value: unknown, path = 'report'): string | null {
  return firstError(reportInputSchema, value, path);
}

/** Null when `value` is a well-formed stored Report (what a backup file carries). */
export function checkReport(value: unknown, path = 'report'): string | null {
  return firstError(reportSchema, value, path);
}

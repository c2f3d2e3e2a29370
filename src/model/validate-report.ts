import {
  arrayOf,
  bool,
  type Check,
  finite,
  int,
  nullable,
  object,
  oneOf,
  optional,
  str,
} from './check.ts';
import { isWebUrl } from './web-url.ts';

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

const CLAIM_KINDS = ['sourced', 'anonymous', 'unattributed', 'none'] as const;
const SOURCE_TYPES = [
  'person',
  'organization',
  'government',
  'media',
  'document',
  'other',
] as const;

const sentenceFields: Record<string, Check> = {
  index: int(0, MAX_SENTENCES),
  text: str(MAX_SENTENCE_CHARS),
  start: int(0, MAX_TEXT_CHARS),
  end: int(0, MAX_TEXT_CHARS),
  kind: oneOf(CLAIM_KINDS),
  hedged: bool,
  hedge: optional(nullable(str(MAX_SHORT_CHARS))),
  source: nullable(str(MAX_SHORT_CHARS)),
  sourceType: nullable(oneOf(SOURCE_TYPES)),
  cue: nullable(str(MAX_SHORT_CHARS)),
};
const sentenceShape = object(sentenceFields);

const inputFields: Record<string, Check> = {
  url: str(MAX_URL_CHARS),
  canonicalUrl: nullable(str(MAX_URL_CHARS)),
  site: str(MAX_SHORT_CHARS),
  title: str(MAX_TITLE_CHARS),
  byline: nullable(str(MAX_SHORT_CHARS)),
  publishedTime: nullable(str(100)),
  lang: nullable(str(35)),
  text: str(MAX_TEXT_CHARS),
  sentences: arrayOf(sentenceShape, MAX_SENTENCES),
};

const inputShape = object(inputFields);

/** Fields a stored report (and each of its sentences) may carry: the rest is never kept. */
export const REPORT_FIELD_NAMES: readonly string[] = [...Object.keys(inputFields), 'id', 'readAt'];
export const SENTENCE_FIELD_NAMES: readonly string[] = Object.keys(sentenceFields);
const reportShape = object({
  ...inputFields,
  id: int(1),
  readAt: finite,
});

/** Why `value` is not a web address we keep, or null. */
function checkWebUrl(value: unknown, path: string): string | null {
  if (typeof value !== 'string' || isWebUrl(value)) return null;
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  return scheme
    ? `${path}: only http and https addresses are kept, not "${scheme.toLowerCase()}:"`
    : `${path}: not an absolute http or https address`;
}

/**
 * Cross-field rules the shape cannot express: web addresses only, offsets inside the text,
 * indexes in order.
 */
function checkConsistency(v: Record<string, unknown>, path: string): string | null {
  if ((v.url as string).length === 0) return `${path}.url: must not be empty`;
  const badUrl =
    checkWebUrl(v.url, `${path}.url`) ?? checkWebUrl(v.canonicalUrl, `${path}.canonicalUrl`);
  if (badUrl) return badUrl;
  const textLength = (v.text as string).length;
  const sentences = v.sentences as Array<{ index: number; start: number; end: number }>;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.index !== i) return `${path}.sentences[${i}].index: expected ${i}, got ${s.index}`;
    if (s.start > s.end || s.end > textLength) {
      return `${path}.sentences[${i}]: offsets ${s.start}..${s.end} lie outside the text (${textLength} characters)`;
    }
  }
  return null;
}

/** Null when `value` is a well-formed ReportInput (what a content script sends). */
export function checkReportInput(value: unknown, path = 'report'): string | null {
  return inputShape(value, path) ?? checkConsistency(value as Record<string, unknown>, path);
}

/** Null when `value` is a well-formed stored Report (what an export file carries). */
export function checkReport(value: unknown, path = 'report'): string | null {
  const error = reportShape(value, path);
  if (error) return error;
  const v = value as Record<string, unknown>;
  if ((v.readAt as number) < 0) return `${path}.readAt: must not be negative`;
  return checkConsistency(v, path);
}

import { type Infer, oneOf } from './check.ts';
import type { Span } from './span.ts';

/**
 * What a sentence is, as a claim:
 * - `sourced`: a named person, body, agency or document stands behind it;
 * - `anonymous`: attributed, but to an unnamed source ("officials said");
 * - `unattributed`: a check-worthy assertion with no source at all;
 * - `none`: not a claim (question, byline, boilerplate, headline fragment).
 */
export const claimKindSchema = oneOf(['sourced', 'anonymous', 'unattributed', 'none']);
export type ClaimKind = Infer<typeof claimKindSchema>;
/** Every claim kind, in the order the views list them. */
export const CLAIM_KINDS: readonly ClaimKind[] = claimKindSchema.options;

export const sourceTypeSchema = oneOf([
  'person',
  'organization',
  'government',
  'media',
  'document',
  'other',
]);
export type SourceType = Infer<typeof sourceTypeSchema>;

export interface SourceSpan extends Span {
  type: SourceType;
  /** True when the source is named (a proper name, a titled body, a document). */
  named: boolean;
  /** For pronouns and short references ("he", "the ministry"): the named antecedent. */
  resolved: string | null;
}

export interface Attribution {
  cue: Span;
  source: SourceSpan | null;
  content: Span | null;
}

/** One sentence of an article with its claim analysis; offsets are into the article text. */
export interface SentenceAnalysis {
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  /** Hedged speculation ("may suggest", "is believed to"). */
  hedged: boolean;
  /** The hedge cues found, as spans of the article text. */
  hedges: Span[];
  attributions: Attribution[];
  /** Short machine-readable reasons for the kind, e.g. `number`, `hedge`, `anonymous-source`. */
  reasons: string[];
}

/** How the reader sees a highlighted claim: sourced or unverified. */
export const CLAIM_DISPLAYS = ['sourced', 'unverified'] as const;
export type HighlightDisplay = (typeof CLAIM_DISPLAYS)[number];
/** How the reader sees a claim: sourced, unverified, or not highlighted (null). */
export type ClaimDisplay = HighlightDisplay | null;

export function displayOf(kind: ClaimKind): ClaimDisplay {
  if (kind === 'sourced') return 'sourced';
  if (kind === 'anonymous' || kind === 'unattributed') return 'unverified';
  return null;
}

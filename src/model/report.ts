import type { Infer } from './check.ts';
import type { reportInputSchema, reportSchema, reportSentenceSchema } from './validate-report.ts';

/** A sentence as stored with its report: enough to cross-reference and to explain. */
export type ReportSentence = Infer<typeof reportSentenceSchema>;

/** A report (one read article) as the content script sends it and the store keeps it. */
export type ReportInput = Infer<typeof reportInputSchema>;

/** A stored report: the input with its row id and when the reader opened it (ms since epoch). */
export type Report = Infer<typeof reportSchema>;

export type DifferenceType =
  | 'attribution-dropped'
  | 'attribution-added'
  | 'attribution-changed'
  | 'number-changed'
  | 'hedge-added'
  | 'hedge-removed'
  | 'quote-altered'
  | 'detail-missing'
  | 'detail-added'
  | 'wording';

/** How a side names the source it attributes a claim to. */
export type SourceNaming = 'named' | 'anonymous' | 'unnamed';

/**
 * One typed difference between our sentence and theirs, as data: the views word it (ui's
 * differenceDetail, through the message catalogue).
 */
export interface Difference {
  type: DifferenceType;
  /**
   * Our side's part, as written: the source's name, the hedge, the numbers, the quoted or
   * other words; null when our side has none.
   */
  ours: string | null;
  theirs: string | null;
  /** Attribution differences: how each attributing side names its source (a name in ours/theirs only when 'named'). */
  naming?: { ours?: SourceNaming; theirs?: SourceNaming };
  /** 'wording' only: the two are spellings of one word ("emphasised" / "emphasized"). */
  spelling?: boolean;
}

/** Another report's sentence that carries the same claim. */
/**
 * How a matched sentence relates to the claim: the same claim reworded, or an overlapping one
 * (one side carries part of the other, or the same claim with details changed).
 */
export type ClaimRelation = 'same' | 'overlap';

export interface ClaimMatch {
  reportId: number;
  sentenceIndex: number;
  /** Similarity in [0, 1]. */
  score: number;
  /** Absent in matches stored before relations existed; read as 'same'. */
  relation?: ClaimRelation;
  sentence: string;
  differences: Difference[];
}

/** Relation of another report of the same story to this page. */
export type StoryRole = 'original' | 'copy' | 'earlier' | 'later' | 'related';

export interface StoryMember {
  reportId: number;
  url: string;
  site: string;
  title: string;
  publishedTime: string | null;
  readAt: number;
  /** How surely it tells the page's story, in [0, 1] (the graded story relation). */
  score: number;
  /** Share of this page's claims found in that report. */
  sharedClaims: number;
  role: StoryRole;
  /**
   * Written independently of this page: not a copy, syndicated text or rewrite of the same
   * original (false for original / copy / rewrite). Absent in answers of older builds.
   */
  independent?: boolean;
}

/**
 * Where a report stands among the others: `story`, the id of the first report of its story;
 * `origin`, the id of the report it copies or rewrites (its own when independent), or an
 * agency's code (WIRE_ORIGIN + its place in AGENCY_NAMES, src/crossref) when it runs wire text.
 */
export interface StoryPlace {
  story: number;
  origin: number;
}

/** What the background answers for an analysed page. */
export interface PageMatches {
  reportId: number;
  /** For each sentence index of the page: the matches in other reports, best first. */
  matches: Record<number, ClaimMatch[]>;
  story: StoryMember[];
  /** Summaries of the reports named in `matches`, by id. */
  reports: Record<number, ReportSummary>;
  /**
   * For each sentence index with matches: how many independent outlets carry the claim, this
   * page included (copies, syndicated text and rewrites of one original count once).
   */
  outlets?: Record<number, number>;
  /** Where the page stands (the store files it there when it saves the page). */
  place?: StoryPlace;
}

/**
 * What a content script gets for its page: PageMatches without the page's own row id, and with
 * the reports it names numbered for this answer only (see src/background/page-answer.ts).
 */
export type PageAnswer = Omit<PageMatches, 'reportId' | 'place'>;

export interface ReportSummary {
  id: number;
  url: string;
  canonicalUrl: string | null;
  site: string;
  title: string;
  byline: string | null;
  publishedTime: string | null;
  readAt: number;
  sentenceCount: number;
}

import type { ClaimKind, SourceType } from './claim.ts';
import type { StoryMember } from './report.ts';

/** The page summary the toolbar popup shows; built by the content script. */
export interface PageSummary {
  url: string;
  title: string;
  site: string;
  /** False when no article was found (home page, search results…). */
  isArticle: boolean;
  counts: Record<ClaimKind, number>;
  /** Named sources, most quoted first. */
  sources: Array<{ name: string; type: SourceType; count: number }>;
  /** Unverified claims (anonymous or unattributed), in page order. */
  unverified: Array<{ index: number; text: string; kind: ClaimKind; hedged: boolean }>;
  /**
   * Sentences not marked as claims, in page order, with the analysis's reasons (`opinion`,
   * `question`, `heading`, …): so a reader can see why a sentence is left unmarked.
   */
  notFlagged: Array<{ index: number; text: string; reasons: string[] }>;
  /** Claims found in other stored reports. */
  matchedClaims: number;
  /**
   * Claims by independent outlets carrying them: `many`, two or more (this page's outlet
   * included); `one`, only this page's outlet (seen in copies of it); `none`, in no other report.
   */
  outlets: { many: number; one: number; none: number };
  story: StoryMember[];
  /** Per story member (by report id): this page's claims it shares, in page order. */
  storyClaims: Record<number, Array<{ index: number; text: string }>>;
  /** Highlights shown on the page right now. */
  highlightsOn: boolean;
  /** True once the page is analysed and the background's matches are in (or failed). */
  ready: boolean;
  /** Why matching failed (store full, background unreachable), for the reader; else null. */
  error: string | null;
}

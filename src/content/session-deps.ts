import type { SentenceAnalysis } from '../model/claim.ts';
import type { PageAnswer, ReportInput } from '../model/report.ts';
import type { TrustCheck } from './trusted-input.ts';

/** What the session needs from the extraction: whether it is an article, and its root. */
export interface SessionArticle {
  isArticle: boolean;
  root?: Element | null;
}

export interface SessionAnalysis<A extends SessionArticle> {
  article: A;
  sentences: SentenceAnalysis[];
  report: ReportInput;
}

export interface SessionDeps<A extends SessionArticle> {
  view: Window;
  analyse: (doc: Document, url: string) => SessionAnalysis<A>;
  rangeForText: (article: A, start: number, end: number) => Range | null;
  matchPage: (report: ReportInput) => Promise<PageAnswer>;
  isSitePaused: (hostname: string) => Promise<boolean>;
  /** Open shadow root (development builds) or closed (store builds). */
  openShadow: boolean;
  /** Whether an event is the reader's own input (`isTrusted`); unit tests fake it. */
  trusted?: TrustCheck;
  /** Re-analyse on SPA navigation and late content (off in unit tests). */
  watch: boolean;
  onError?: (where: string, error: unknown) => void;
  /** Remembers the legend's collapsed state across pages (extension storage). */
  prefs?: {
    load: () => Promise<{ legendCollapsed?: boolean }>;
    save: (prefs: { legendCollapsed: boolean }) => Promise<void>;
  };
}

export type SessionState = 'starting' | 'paused' | 'not-article' | 'ready' | 'error' | 'destroyed';

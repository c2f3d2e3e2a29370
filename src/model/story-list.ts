// The options page's list of stories: what the store answers and the protocol carries.
import { type Infer, integer, optional, record } from './check.ts';

/** One report of a story, as the list shows it. */
export interface StoryReport {
  id: number;
  url: string;
  site: string;
  title: string;
  publishedTime: string | null;
  readAt: number;
}

/**
 * The reports of one origin within a story: the original first (the earliest), then its copies,
 * syndicated runs and rewrites. Each origin of a story is one independent outlet's text.
 */
export interface StoryOrigin {
  /** The news agency a credit named, when the reports run its wire text. */
  agency: string | null;
  reports: StoryReport[];
}

export interface StoryListing {
  /** The story's id (the id of a report of it; stable while that report is kept). */
  id: number;
  /** Reports of the story in all (`origins` may list fewer, see MAX_STORY_REPORTS). */
  reportCount: number;
  /** Independent origins of the story in all. */
  originCount: number;
  /** When the reader last read a report of it (ms since epoch). */
  latestReadAt: number;
  /** Earliest origin first. */
  origins: StoryOrigin[];
}

/** One page of stories. */
export interface StoryPage {
  /** Stories in all. */
  total: number;
  items: StoryListing[];
  /**
   * Reports still being filed in their stories (just imported, or replayed after a restart):
   * until 0, some may be listed as stories of their own.
   */
  filing: number;
}

/** Stories per page at most: one message stays small whatever the store holds. */
export const MAX_STORY_PAGE = 50;
/** Reports listed per story at most (the most recent ones); the count gives the rest. */
export const MAX_STORY_REPORTS = 20;

export const storyQuerySchema = record({
  offset: optional(integer(0)),
  limit: optional(integer(1, MAX_STORY_PAGE)),
});
export type StoryQuery = Infer<typeof storyQuerySchema>;

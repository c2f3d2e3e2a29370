import type { StoryRole } from '../model/report.ts';
import { publishedOf } from './story-relation.ts';

/** What is known of a report when placing it in its story. */
export interface StoryTimes {
  publishedTime: string | null;
  readAt: number;
  text: string;
}

/**
 * Share of claims (of the report with fewer) found in the other above which the earlier of the two
 * is taken for the source of the later one (a third: a rewrite that keeps a third of its
 * claims verbatim or nearly so is built on the other, not just on the same events).
 */
export const COPY_CONTAINMENT = 0.3;
/** Published times closer than this are simultaneous (wire updates, time-zone rounding). */
const SAME_TIME_MS = 5 * 60_000;

/**
 * The other report's place relative to this page: `original` (earlier, and this page carries
 * its claims), `copy` (later, carries ours), `earlier`, `later`, or `related` when their order
 * is unknown. Publication times decide the order; read times only when either is missing.
 */
export function storyRole(page: StoryTimes, other: StoryTimes, containment: number): StoryRole {
  const pa = publishedOf(page);
  const pb = publishedOf(other);
  // Publication times within a few minutes are a tie; read times order strictly.
  const order =
    pa !== null && pb !== null
      ? Math.abs(pb - pa) < SAME_TIME_MS
        ? 0
        : pb - pa
      : other.readAt - page.readAt;
  if (order === 0 || !Number.isFinite(order)) {
    // Same time: the longer report with our claims is the fuller original, if it holds them.
    if (containment >= COPY_CONTAINMENT && other.text.length > page.text.length * 1.2)
      return 'original';
    return 'related';
  }
  const shares = containment >= COPY_CONTAINMENT;
  if (order < 0) return shares ? 'original' : 'earlier';
  return shares ? 'copy' : 'later';
}

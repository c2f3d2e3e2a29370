import { MATCHES_PER_CLAIM } from '../crossref/cross-reference.ts';
import { MatchIndex } from '../crossref/match-index.ts';
import { SNAPSHOT_VERSION } from '../crossref/serialize.ts';
import type { MatchEngine } from './match-engine.ts';

/** Everything the store does with src/crossref's MatchIndex except matching itself. */
export const matchIndexOps: Omit<MatchEngine<MatchIndex>, 'match'> = {
  format: SNAPSHOT_VERSION,
  create: () => new MatchIndex(),
  add: (index, report) => index.add(report.id, report.sentences),
  remove: (index, id) => index.remove(id),
  has: (index, id) => index.has(id),
  serialize: (index) => index.serialize(),
  deserialize: (bytes) => MatchIndex.deserialize(bytes),
};

/** Same depth as crossReference's own query, so every report it may name is loaded. */
const CANDIDATES_PER_SENTENCE = MATCHES_PER_CLAIM * 2;

/** Ids of the stored reports the page's claims point at (the only ones read for matching). */
export function candidateReports(
  index: MatchIndex,
  sentences: Parameters<MatchIndex['query']>[0],
  pageId: number | null,
): number[] {
  const hits = index.query(sentences, {
    ...(pageId === null ? {} : { excludeReportId: pageId }),
    limit: CANDIDATES_PER_SENTENCE,
  });
  const ids = new Set(hits.flat().map((hit) => hit.reportId));
  // The page's own report too: its read time decides which report of the story came first.
  if (pageId !== null) ids.add(pageId);
  return [...ids];
}

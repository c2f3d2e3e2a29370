import { MatchIndex, isMatchable } from '../crossref/match-index.ts';
import { tokenizeCached } from '../crossref/tokenize.ts';
import { SNAPSHOT_VERSION } from '../crossref/serialize.ts';
import type { MatchEngine } from './match-engine.ts';

/** Everything the store does with src/crossref's MatchIndex except matching itself. */
export const matchIndexOps: Omit<MatchEngine<MatchIndex>, 'match'> = {
  format: SNAPSHOT_VERSION,
  create: () => new MatchIndex(),
  // MatchIndex.add reuses what tokenizeCached holds.
  prepare: (report) => {
    for (const s of report.sentences) if (isMatchable(s)) tokenizeCached(s.text);
  },
  add: (index, report) => index.add(report.id, report.sentences),
  remove: (index, id) => index.remove(id),
  has: (index, id) => index.has(id),
  serialize: (index) => index.serialize(),
  deserialize: (bytes) => MatchIndex.deserialize(bytes),
};

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

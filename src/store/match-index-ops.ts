import { MatchIndex, SNAPSHOT_VERSION, prepareSentences } from '../crossref/index.ts';
import type { MatchEngine } from './match-engine.ts';

/** Everything the store does with src/crossref's MatchIndex except matching itself. */
export const matchIndexOps: Omit<MatchEngine<MatchIndex>, 'matchPage'> = {
  format: SNAPSHOT_VERSION,
  create: () => new MatchIndex(),
  prepare: (report) => prepareSentences(report.sentences),
  add: (index, report) => index.add(report.id, report.sentences),
  remove: (index, id) => index.remove(id),
  has: (index, id) => index.has(id),
  serialize: (index) => index.serialize(),
  // A cold worker answers before the checks that read the whole snapshot (see verify).
  deserialize: (bytes) => MatchIndex.deserialize(bytes, { checkLater: true }),
  verify: (index) => index.verify(),
};

import {
  AGENCY_NAMES,
  MatchIndex,
  SNAPSHOT_VERSION,
  WIRE_ORIGIN,
  prepareSentences,
} from '../crossref/index.ts';
import type { MatchEngine, PlacedReport } from './match-engine.ts';

/** Everything the store does with src/crossref's MatchIndex except matching itself. */
export const matchIndexOps: Omit<MatchEngine<MatchIndex>, 'matchPage'> = {
  format: SNAPSHOT_VERSION,
  create: () => new MatchIndex(),
  prepare: (report) => prepareSentences(report.sentences),
  add: (index, report) => index.add(report.id, report.sentences),
  remove: (index, id) => index.remove(id),
  has: (index, id) => index.has(id),
  serialize: (index) => index.serialize(),
  serializeSteps: (index) => index.serializeSteps(),
  // A cold worker answers before the checks that read the whole snapshot (see verify).
  deserialize: (bytes) => MatchIndex.deserialize(bytes, { checkLater: true }),
  verify: (index) => index.verify(),
  verifySteps: (index) => index.verifySteps(),
  stories: (index) => {
    const out = new Map<number, PlacedReport[]>();
    for (const [story, ids] of index.stories()) {
      out.set(
        story,
        ids.map((id) => {
          const { origin } = index.placeOf(id);
          const agency =
            origin >= WIRE_ORIGIN ? (AGENCY_NAMES[origin - WIRE_ORIGIN] ?? null) : null;
          return { id, origin, agency };
        }),
      );
    }
    return out;
  },
};

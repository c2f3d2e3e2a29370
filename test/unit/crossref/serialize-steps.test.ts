import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../../src/crossref/index.ts';
import { SLOTS_PER_STEP, finish } from '../../../src/crossref/steps.ts';
import { AGGREGATOR, AP } from './seed.ts';
import { sentence } from './helpers.ts';

/** The AP report, then enough filler reports that every pass over the slots takes steps. */
function largeIndex(): MatchIndex {
  const index = new MatchIndex();
  index.add(AP.id, AP.sentences);
  for (let r = 0; r < 700; r++) {
    const texts = Array.from(
      { length: 8 },
      (_, i) =>
        `The council of district ${r} voted ${i} times on budget line ${r * 8 + i} for new parks.`,
    );
    index.add(
      100 + r,
      texts.map((t, i) => sentence(i, t)),
    );
  }
  return index;
}

describe('snapshot in steps', () => {
  it('yields between chunks and ends with the bytes serialize gives at once', () => {
    const index = largeIndex();
    expect(index.sentenceCount).toBeGreaterThan(SLOTS_PER_STEP);
    const steps = index.serializeSteps();
    const before = index.query(AGGREGATOR.sentences);
    let yields = 0;
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) {
        expect(next.value).toEqual(index.serialize());
        break;
      }
      yields++;
      // Between steps the index answers as it did (an answer may run in a pause).
      if (yields === 3) expect(index.query(AGGREGATOR.sentences)).toEqual(before);
    }
    // The pool, both postings passes and the checksum each take more than one step.
    expect(yields).toBeGreaterThan(6);
    expect(
      MatchIndex.deserialize(finish(index.serializeSteps())).query(AGGREGATOR.sentences),
    ).toEqual(before);
  });

  it('checks a snapshot loaded with checkLater in steps, and finds damage at the end', () => {
    const bytes = largeIndex().serialize();
    const countSteps = (index: MatchIndex) => {
      let yields = 0;
      for (const _ of index.verifySteps()) yields++;
      return yields;
    };
    const sound = MatchIndex.deserialize(bytes, { checkLater: true });
    expect(countSteps(sound)).toBeGreaterThan(1);
    expect(countSteps(sound)).toBe(0); // passed once: nothing left to check
    const damaged = bytes.slice();
    damaged[damaged.length - 9]! ^= 0x10; // a byte of the last section
    const loaded = MatchIndex.deserialize(damaged, { checkLater: true });
    const steps = loaded.verifySteps();
    expect(steps.next().done).toBe(false);
    expect(() => {
      for (let next = steps.next(); !next.done; next = steps.next());
    }).toThrow(/corrupt snapshot \(checksum/);
    expect(() => loaded.verify()).toThrow(/corrupt snapshot/); // still owed after a failure
  });
});

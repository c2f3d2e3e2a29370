import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_THRESHOLD, MatchIndex, overlapScore } from '../../../src/crossref/index.ts';
import { tokenize } from '../../../src/crossref/tokenize.ts';
import { AGGREGATOR, AP } from './seed.ts';
import { report } from './helpers.ts';

function seeded(): MatchIndex {
  const index = new MatchIndex();
  index.add(AP.id, AP.sentences);
  return index;
}

describe('MatchIndex', () => {
  it('finds the AP sentence for the aggregator’s rewrite, with the overlap score', () => {
    const index = seeded();
    const results = index.query(AGGREGATOR.sentences);
    const agg = AGGREGATOR.sentences[2]!;
    const best = results[2]![0];
    expect(best).toMatchObject({ reportId: 1, sentenceIndex: 12 });
    expect(best!.score).toBeCloseTo(
      overlapScore(tokenize(agg.text), tokenize(AP.sentences[12]!.text)),
      6,
    );
    for (const list of results)
      for (const m of list) expect(m.score).toBeGreaterThanOrEqual(CANDIDATE_THRESHOLD);
  });

  it('skips non-claims and counts what it stores', () => {
    const index = seeded();
    expect(index.reportCount).toBe(1);
    expect(index.sentenceCount).toBe(15); // "(AP)" is kind none
    expect(index.query(AGGREGATOR.sentences)[0]).toEqual([]); // a 'none' query sentence
  });

  it('excludes a report and removes one', () => {
    const index = seeded();
    index.add(2, AGGREGATOR.sentences);
    expect(
      index.query([AP.sentences[12]!], { excludeReportId: 2 })[0]!.map((m) => m.reportId),
    ).toEqual([1]);
    index.remove(1);
    expect(index.has(1)).toBe(false);
    expect(new Set(index.query([AP.sentences[12]!])[0]!.map((m) => m.reportId))).toEqual(
      new Set([2]),
    );
    index.remove(2);
    expect(index.sentenceCount).toBe(0);
    expect(index.query([AP.sentences[12]!])[0]).toEqual([]);
  });

  it('replaces a report added twice', () => {
    const index = seeded();
    index.add(1, AP.sentences.slice(0, 3));
    expect(index.reportCount).toBe(1);
    expect(index.sentenceCount).toBe(3);
  });

  it('keeps finding matches after many reports force a compaction', () => {
    const index = new MatchIndex();
    for (let id = 10; id < 400; id++) {
      index.add(
        id,
        report(id, 'filler.example', [
          `Filler report number ${id} talks about harbour ${id} and ship ${id}.`,
        ]).sentences,
      );
      if (id % 3 === 0) index.remove(id - 1);
    }
    index.add(1, AP.sentences);
    index.compact();
    expect(index.query([AGGREGATOR.sentences[2]!])[0]![0]).toMatchObject({
      reportId: 1,
      sentenceIndex: 12,
    });
  });

  it('round-trips through serialize / deserialize with identical answers', () => {
    const index = seeded();
    index.add(2, AGGREGATOR.sentences);
    index.remove(2);
    index.add(3, AGGREGATOR.sentences);
    const bytes = index.serialize();
    const copy = MatchIndex.deserialize(bytes);
    expect(copy.reportCount).toBe(2);
    expect(copy.sentenceCount).toBe(index.sentenceCount);
    expect(copy.query(AP.sentences)).toEqual(index.query(AP.sentences));
    // An unaligned view of the same bytes loads too.
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(MatchIndex.deserialize(shifted.subarray(1)).query(AP.sentences)).toEqual(
      index.query(AP.sentences),
    );
  });

  it('keeps working after a load, and never writes into the snapshot bytes', () => {
    const bytes = seeded().serialize();
    const before = bytes.slice();
    const loaded = MatchIndex.deserialize(bytes);
    loaded.add(2, AGGREGATOR.sentences);
    loaded.remove(1);
    loaded.compact();
    loaded.add(1, AP.sentences);
    expect(bytes).toEqual(before);
    expect(loaded.query([AGGREGATOR.sentences[2]!], { excludeReportId: 2 })[0]![0]).toMatchObject({
      reportId: 1,
      sentenceIndex: 12,
    });
    expect(MatchIndex.deserialize(loaded.serialize()).sentenceCount).toBe(loaded.sentenceCount);
  });

  it('rejects corrupt snapshots with a clear error', () => {
    const bytes = seeded().serialize();
    const flipped = bytes.slice();
    flipped[flipped.length - 40]! ^= 0xff;
    expect(() => MatchIndex.deserialize(flipped)).toThrow(/corrupt snapshot \(checksum/);
    expect(() => MatchIndex.deserialize(bytes.slice(0, bytes.length - 4))).toThrow(
      /corrupt snapshot/,
    );
    expect(() => MatchIndex.deserialize(new Uint8Array(64))).toThrow(/not a Corroborate index/);
    expect(() => MatchIndex.deserialize(new Uint8Array(3))).toThrow(/corrupt snapshot/);
    const wrongVersion = bytes.slice();
    new DataView(wrongVersion.buffer).setUint32(4, 99, true);
    expect(() => MatchIndex.deserialize(wrongVersion)).toThrow(/version 99, expected \d+/);
  });

  it('numbers a snapshot’s tokens by use, most used first, and finds every key after a load', () => {
    const index = seeded();
    index.add(2, AGGREGATOR.sentences);
    const loaded = MatchIndex.deserialize(index.serialize());
    const uses = new Map<number, number>();
    for (let s = 0; s < loaded.sentenceCount; s++) {
      for (const encoded of loaded.slotTokens(s)) {
        if (encoded !== 0) uses.set(encoded >>> 1, (uses.get(encoded >>> 1) ?? 0) + 1);
      }
    }
    for (let id = 2; id < loaded.dict.size; id++) {
      expect(uses.get(id) ?? 0).toBeLessThanOrEqual(uses.get(id - 1) ?? 0);
    }
    for (const key of index.dict.keys.slice(1)) {
      expect(loaded.dict.keys[loaded.dict.lookup(key)!]).toBe(key);
    }
    expect(loaded.dict.lookup('no such key')).toBeUndefined();
    expect(loaded.query(AP.sentences)).toEqual(index.query(AP.sentences));
  });

  it('rejects a snapshot whose key order is not the keys’ order', () => {
    const bytes = seeded().serialize();
    const words = new Uint32Array(bytes.buffer);
    const [keyCount, keyBytes] = [words[2]!, words[3]!];
    const keyOrder = 4 + Math.ceil(keyBytes / 4) + keyCount;
    const swapped = bytes.slice();
    const w = new Uint32Array(swapped.buffer);
    [w[keyOrder + 1], w[keyOrder + 2]] = [w[keyOrder + 2]!, w[keyOrder + 1]!];
    expect(() => MatchIndex.deserialize(swapped, { checkLater: true })).toThrow(/out of order/);
    w[keyOrder + 1] = keyCount;
    expect(() => MatchIndex.deserialize(swapped, { checkLater: true })).toThrow(/names id/);
  });

  it('refuses a snapshot of an older layout by its version, with or without checkLater', () => {
    // The AP report's index as layout 7 wrote it (postings kept to the cap, not twice it).
    const text = readFileSync('test/fixtures/snapshots/layout-7-ap.b64', 'utf8');
    const old = new Uint8Array(Buffer.from(text, 'base64'));
    expect(() => MatchIndex.deserialize(old)).toThrow(/corrupt snapshot \(version \d+, expected/);
    expect(() => MatchIndex.deserialize(old, { checkLater: true })).toThrow(/version/);
  });

  it('with checkLater, answers from damaged bytes in bounds, then verify rejects them', () => {
    const bytes = seeded().serialize();
    expect(() => MatchIndex.deserialize(bytes, { checkLater: true }).verify()).not.toThrow();
    // The last bytes before the checksum are the pool's: tokens become other or unknown ids.
    const damaged = bytes.slice();
    for (let i = damaged.length - 40; i < damaged.length - 8; i++) damaged[i] = 0x7f;
    expect(() => MatchIndex.deserialize(damaged)).toThrow(/checksum/);
    const loaded = MatchIndex.deserialize(damaged, { checkLater: true });
    expect(() => loaded.query(AGGREGATOR.sentences)).not.toThrow();
    expect(() => loaded.verify()).toThrow(/corrupt snapshot \(checksum/);
    expect(() => loaded.serialize()).toThrow(/corrupt snapshot/);
  });

  it('with checkLater, leaves the checks over every slot and report to verify', () => {
    const index = seeded();
    index.add(2, AGGREGATOR.sentences);
    const bytes = index.serialize();
    /** The snapshot with `damage` done to its 32-bit words, and its checksum made good again. */
    const damaged = (damage: (words: Uint32Array, reports: number, slots: number) => void) => {
      const copy = bytes.slice();
      const w = new Uint32Array(copy.buffer);
      const [keyCount, keyBytes] = [w[2]!, w[3]!];
      const at = 4 + Math.ceil(keyBytes / 4) + 2 * keyCount;
      damage(w, at + 4, at + 4 + 2 * w[at]! + w[at + 1]!);
      let h = 0x811c9dc5;
      for (let i = 0; i < w.length - 1; i++) h = Math.imul(h ^ w[i]!, 0x01000193) >>> 0;
      w[w.length - 1] = h;
      return copy;
    };
    // reports: where report ids start; slots: where slot starts do.
    const twice = damaged((w, reports) => (w[reports + 1] = w[reports]!));
    const pastPool = damaged((w, _, slots) => (w[slots + 3] = 1 << 20));
    for (const [snapshot, reason] of [
      [twice, /report \d+ twice/],
      [pastPool, /slot starts/],
    ] as const) {
      expect(() => MatchIndex.deserialize(snapshot)).toThrow(reason);
      const loaded = MatchIndex.deserialize(snapshot, { checkLater: true });
      expect(() => loaded.query(AGGREGATOR.sentences)).not.toThrow();
      expect(() => loaded.verify()).toThrow(reason);
    }
  });

  it('rejects a bad report id', () => {
    expect(() => new MatchIndex().add(-1, AP.sentences)).toThrow(/non-negative integer/);
  });
});

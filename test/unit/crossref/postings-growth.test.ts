import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../../src/crossref/index.ts';
import { ID_SHIFT } from '../../../src/crossref/dictionary.ts';
import { postingsCap } from '../../../src/crossref/postings.ts';
import { tokenize } from '../../../src/crossref/tokenize.ts';
import { seededRandom } from '../../fuzz/random.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'san', 'vo', 'ri', 'den', 'ul', 'bra', 'nek', 'sho'];
/** Sentences per phase: each phase has hot words of its own, so words rise and fade. */
const PHASE = 30_000;
const PHASES = 7;
const HOT = 30;

/**
 * A store that grows past 200,000 sentences (the postings cap rises from 256 to 525) while
 * words go in and out of fashion: some are common for a while and then rare, so a list cut
 * short under a small cap falls under a later, larger one.
 */
function growingStore() {
  const random = seededRandom(18);
  const words = new Set<string>();
  while (words.size < 2_000) {
    let w = '';
    for (let i = 0, n = 2 + Math.floor(random() * 3); i < n; i++)
      w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  const vocabulary = [...words].filter((w) => tokenize(w).length === 1);
  const index = new MatchIndex();
  const ids = new Map(vocabulary.map((w) => [w, index.dict.id(tokenize(w)[0]!.key)]));
  const sentence = (phase: number): string[] => {
    const out: string[] = [];
    for (let i = 0, n = 8 + Math.floor(random() * 5); i < n; i++) {
      const hot = random() < 0.35;
      const at = hot
        ? phase * HOT + Math.floor(random() * HOT)
        : Math.floor(Math.pow(random(), 1.6) * vocabulary.length);
      out.push(vocabulary[at % vocabulary.length]!);
    }
    return out;
  };
  const encode = (sentenceWords: string[]): Uint32Array => {
    const seen = new Set<number>();
    for (const w of sentenceWords) seen.add(ids.get(w)!);
    return Uint32Array.from([...seen], (id) => id << ID_SHIFT);
  };
  return { index, random, sentence, encode };
}

describe('postings as the store grows', () => {
  it('a built index and its reload answer alike at every size, as the cap rises', () => {
    const { index, random, sentence, encode } = growingStore();
    const queries: string[][] = [];
    let report = 0;
    let slots = 0;
    const checked: number[] = [];
    for (let phase = 0; phase < PHASES; phase++) {
      while (slots < (phase + 1) * PHASE) {
        const encoded: Array<[number, Uint32Array]> = [];
        for (let i = 0; i < 30; i++) {
          const s = sentence(phase);
          // Pages to look up later: stored sentences, some with a word changed.
          if (random() < 0.002) queries.push(random() < 0.5 ? s : [...s.slice(1), 'kalomi']);
          encoded.push([i, encode(s)]);
        }
        index.addEncoded(++report, encoded);
        slots += encoded.length;
      }
      if (phase % 2 === 1 || phase === PHASES - 1) {
        const reloaded = MatchIndex.deserialize(index.serialize());
        for (const q of queries) {
          const text = q.join(' ');
          expect(reloaded.queryText(text, { limit: 50 })).toEqual(
            index.queryText(text, { limit: 50 }),
          );
        }
        checked.push(postingsCap(slots));
      }
    }
    expect(queries.length).toBeGreaterThan(300);
    expect(checked[0]).toBe(256);
    expect(checked.at(-1)).toBeGreaterThan(500);
  }, 60_000);

  it('packs again when a list cut short falls under the risen cap, before it is walked', () => {
    const index = new MatchIndex();
    const id = (word: string) => index.dict.id(tokenize(word)[0]!.key) << ID_SHIFT;
    const [alpha, beta] = [id('kalomi'), id('terbra')];
    const others = ['sanvo', 'ulden', 'rinek', 'brasho', 'taigor', 'pelxi'].map(id);
    // 'kalomi' in 600 sentences: 512 in report 1, which the query leaves out, then 88 that are
    // the query itself. Its list is cut at 512 (twice the cap of a small store)…
    const weak = Array.from({ length: 512 }, (_, i) =>
      Uint32Array.of(alpha, others[i % 6]!, others[(i + 1) % 6]!),
    );
    index.addEncoded(
      1,
      weak.map((ids, i) => [i, ids] as const),
    );
    const slots: Uint32Array[] = [];
    for (let i = 0; i < 88; i++) slots.push(Uint32Array.of(alpha, beta));
    // …and then the store grows by sentences of 'terbra' alone, which is cut too, so no
    // postings are added and nothing else packs the lists again.
    while (slots.length < 246_000) slots.push(Uint32Array.of(beta));
    for (let r = 0; r * 30 < slots.length; r++) {
      index.addEncoded(
        r + 2,
        slots.slice(r * 30, r * 30 + 30).map((ids, i) => [i, ids] as const),
      );
    }
    expect(postingsCap(512 + slots.length)).toBeGreaterThan(600);
    const options = { limit: 100, excludeReportId: 1 };
    const found = index.queryText('kalomi terbra', options);
    // Copies only (reports 2 to 4), as many as the query scores, not sentences of 'terbra' alone.
    expect(found.length).toBeGreaterThanOrEqual(30);
    for (const m of found) expect([2, 3, 4]).toContain(m.reportId);
    const reloaded = MatchIndex.deserialize(index.serialize());
    expect(reloaded.queryText('kalomi terbra', options)).toEqual(found);
  }, 60_000);
});

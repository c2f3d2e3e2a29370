import { describe, expect, it } from 'vitest';
import synonyms from '../../../src/crossref/data/synonyms.json' with { type: 'json' };
import { plainStem } from '../../../src/crossref/normalize-word.ts';
import { americanSpelling } from '../../../src/text/spelling.ts';
import { tokenize, tokenizeCached, tokenizeReusing } from '../../../src/crossref/tokenize.ts';

const keys = (s: string) =>
  tokenize(s)
    .filter((t) => t.weight > 0)
    .map((t) => t.key);

describe('tokenize', () => {
  it.each([
    ['130,000 troops', '130K troops'],
    ['more than 130 thousand troops', 'more than 130,000 troops'],
    ['$1.5 million', '$1,500,000'],
    ['twenty-five people', '25 people'],
    ['the U.S. and NATO', 'the US and NATO'],
    ['the United States', 'the U.S.'],
    ['Russia’s “peaceful” talks', 'Russia\'s "peaceful" talks'],
    ['de-escalation', 'deescalation'],
    ['he emphasised', 'he emphasized'],
    ['the defence ministry', 'the defense ministry'],
    ['the labour movement’s behaviour', "the labor movement's behavior"],
    ['a catalogue of dialogues', 'a catalog of dialogs'],
    ['he spoke after talks', 'he speaks after talks'],
    ['troops were withdrawn', 'troops withdraw'],
    ['the Russian Defence Ministry', 'Russia’s defense ministry'],
    ['Ukrainians fled', 'Ukraine flees'],
    ['it is pulling back forces', 'it withdraws forces'],
    ['after talks with Scholz', 'after a meeting with Scholz'],
    ['peace negotiations', 'peace talks'],
  ])('"%s" and "%s" read the same', (a, b) => {
    expect(keys(a)).toEqual(keys(b));
  });

  it('keeps apart words that only look like an irregular form', () => {
    // "range" stems like "rang" (ring); "left" and "found" have other senses and stay as written.
    expect(keys('intermediate range missiles')).not.toContain(keys('the bell rang')[1]);
    expect(keys('he left')).not.toEqual(keys('he leaves'));
    expect(keys('the company was founded')).not.toContain(keys('they find it')[0]);
  });

  it('weighs small whole numbers like short words, and other numbers above content words', () => {
    const weight = (s: string) => tokenize(s).find((t) => t.key.startsWith('#'))!.weight;
    expect(weight('3 tackles')).toBeLessThan(1);
    expect(weight('130,000 troops')).toBeGreaterThan(1);
    expect(weight('2.5 percent')).toBeGreaterThan(1);
  });

  it('keeps negation and does not read "us" as the U.S.', () => {
    expect(keys('Russia doesn’t want war')).toContain('not');
    expect(keys('he told us')).not.toContain('usa');
  });

  it('reads a word by its case where case decides, however it was read before (per-word memo)', () => {
    // The memo is keyed by the lower-case form: "US" and "us" share it, so order must not matter.
    expect(keys('US officials told us')).toEqual(['usa', 'offici', 'sai']);
    expect(keys('they told us, US officials said')).toEqual(['sai', 'usa', 'offici', 'sai']);
    expect(tokenize('us US').map((t) => t.key)).toEqual(['us', 'usa']);
    // A number's value is never changed by a multiplier that followed it elsewhere.
    expect(keys('130 thousand troops, then 130 troops')).toEqual([
      '#130000',
      'troop',
      '#130',
      'troop',
    ]);
  });

  it('never reads Object.prototype names as numbers', () => {
    expect(keys('the constructor of toString')).toEqual(['constructor', 'tostr']);
  });

  it('numbers clauses and marks quotes and names with offsets into the text', () => {
    const text = 'Putin, who met Scholz, said “peace” is possible but warned the West.';
    const tokens = tokenize(text);
    const byWord = new Map(tokens.map((t) => [t.word, t]));
    expect(byWord.get('putin')!.clause).toBe(0);
    expect(byWord.get('scholz')!.clause).toBe(1);
    expect(byWord.get('said')!.clause).toBe(2);
    expect(byWord.get('warned')!.clause).toBeGreaterThan(2);
    expect(byWord.get('peace')!.quoted).toBe(true);
    expect(byWord.get('possible')!.quoted).toBe(false);
    expect(byWord.get('scholz')!.name).toBe(true);
    expect(byWord.get('putin')!.name).toBe(false); // sentence-initial: unknown
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });
});

describe('tokenizeCached', () => {
  it('keeps a text in use while many others pass through, and forgets one left unused', () => {
    const inUse = 'Officials said 130,000 people were evacuated on Monday.';
    const unused = 'The central bank raised interest rates by half a point.';
    const first = tokenizeCached(inUse);
    const dropped = tokenizeCached(unused);
    expect(first).toEqual(tokenize(inUse));
    // Five thousand other texts, the one in use asked for again every few hundred.
    for (let i = 0; i < 5000; i++) {
      tokenizeCached(`Storm number ${i} hit the coast.`);
      if (i % 300 === 0) expect(tokenizeCached(inUse)).toBe(first);
    }
    expect(tokenizeCached(inUse)).toBe(first);
    expect(tokenizeReusing(inUse)).toBe(first);
    expect(tokenizeReusing(unused)).not.toBe(dropped);
    expect(tokenizeReusing(unused)).toEqual(dropped);
  });
});

describe('americanSpelling', () => {
  it.each([
    ['emphasised', 'emphasized'],
    ['organisation', 'organization'],
    ['analysed', 'analyzed'],
    ['neighbour', 'neighbor'],
    ['centre', 'center'],
    ['travelled', 'traveled'],
    ['promise', 'promise'],
    ['four', 'four'],
    ['rise', 'rise'],
  ])('%s → %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });
});

describe('synonym groups', () => {
  it('put each stem in one group only (a second group would silently take it over)', () => {
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    synonyms.groups.forEach((group, i) => {
      for (const word of group) {
        const stem = plainStem(word);
        const first = owner.get(stem);
        if (first !== undefined && first !== i) clashes.push(`${word} (groups ${first} and ${i})`);
        owner.set(stem, first ?? i);
      }
    });
    expect(clashes).toEqual([]);
  });
});

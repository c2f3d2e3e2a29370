import { describe, expect, it } from 'vitest';
import {
  MatchIndex,
  rarityOf,
  storyFeatures,
  storySide,
  isMatchable,
} from '../../../src/crossref/index.ts';
import { indexedAgainst } from '../../../src/crossref/indexed-side.ts';
import { storyFeaturesAgainst } from '../../../src/crossref/story-against.ts';
import type { Report } from '../../../src/model/report.ts';
import { report, sentence } from './helpers.ts';

// Invented reports. Each holds something the index stores differently from the text: a name
// first written at the start of a sentence and then mid-sentence (in one sentence, and in two), a sentence of function
// words only (no term: the index keeps no slot for it), a sentence that is no claim (not
// indexed), light words, small and large numbers, and an empty title.
const REPORTS: Report[] = [
  report(1, 'a.example', [
    'Whitcombe said Whitcombe would stay.',
    'It was what it was.',
    sentence(2, 'Photo: Ellsworth Harbor Fire Department', { kind: 'none' }),
    'Crews from Ellsworth Harbor fought the blaze for 6 hours on Tuesday.',
    'About 1,200 residents left their homes, officials said.',
    'Balfour thanked the crews.',
    'Mayor Oren Balfour opened the school gym; the Red Cross sent 40 cots.',
  ]),
  report(
    2,
    'b.example',
    [
      'Flames engulfed the Kestrel Polymers site, and Kestrel staff fled.',
      'Fire chief Dana Whitcombe told reporters the smoke was not toxic.',
      'Residents of Ellsworth Harbor were told to leave late Tuesday.',
    ],
    { title: '', publishedTime: '2026-03-03T22:00:00Z' },
  ),
  report(
    3,
    'c.example',
    [
      'The city council approved a budget on Monday that adds two branch libraries.',
      'Council members voted seven to two, and the council chair, Ana Ruiz, abstained.',
      'The budget of $4.5 million takes effect in July.',
    ],
    { title: 'Council approves new budget for libraries', publishedTime: '2026-03-09T09:00:00Z' },
  ),
];

const textSide = (r: Report) =>
  storySide({
    title: r.title,
    sentences: r.sentences.filter(isMatchable).map((s) => s.text),
    published: r.publishedTime ? Date.parse(r.publishedTime) : null,
  });

describe('story features from the index equal those from the texts', () => {
  const index = new MatchIndex();
  for (const r of REPORTS) index.add(r.id, r.sentences);
  const reloaded = MatchIndex.deserialize(index.serialize());
  // A page not stored, whose title shares a word no stored sentence has ("Zanzibarian") with
  // a stored report's title, and a report the index does not hold.
  const page = report(
    10,
    'd.example',
    ['Whitcombe said the Kestrel Polymers fire was out, and Mayor Balfour agreed.'],
    {
      title: 'Zanzibarian crews at Kestrel fire',
    },
  );
  const titled = { ...REPORTS[2]!, title: 'Zanzibarian council approves budget' };
  const unstored = report(11, 'e.example', ['Ellsworth Harbor schools stay closed on Wednesday.']);

  it.each([
    ['a page not stored', page, null],
    ['a stored report as the page', REPORTS[0]!, 1],
    ['another stored report as the page', REPORTS[2]!, 3],
  ] as const)('%s', (_, p, pageId) => {
    for (const from of [index, reloaded]) {
      const against = indexedAgainst(from, pageId)(textSide(p));
      for (const r of [...REPORTS, titled, unstored]) {
        if (r.id === pageId) continue;
        const want = storyFeatures(textSide(p), textSide(r), from.termRarity(pageId ?? undefined));
        expect(against(r)).toEqual(want);
      }
    }
  });

  it('pages scored in turn on one index, and an index grown past its bags, give the same', () => {
    const grown = new MatchIndex();
    for (const r of REPORTS) grown.add(r.id, r.sentences);
    const forPage = indexedAgainst(grown, null)(textSide(page));
    const forFirst = indexedAgainst(grown, 1)(textSide(REPORTS[0]!));
    const before = forPage(REPORTS[1]!);
    expect(forFirst(REPORTS[2]!)).toEqual(
      storyFeatures(textSide(REPORTS[0]!), textSide(REPORTS[2]!), grown.termRarity(1)),
    );
    expect(forPage(REPORTS[1]!)).toEqual(before);
    // Far more new keys than the dictionary held: the bags are made again, larger.
    const wide = report(
      20,
      'f.example',
      Array.from({ length: 600 }, (_, i) => `Quorvane${i} crews reached Talmeric${i} on Friday.`),
    );
    grown.add(wide.id, wide.sentences);
    const want = storyFeatures(textSide(page), textSide(wide), grown.termRarity());
    expect(indexedAgainst(grown, null)(textSide(page))(wide)).toEqual(want);
  });

  it('a shared title word outside the dictionary still counts', () => {
    const against = indexedAgainst(index, null)(textSide(page));
    expect(against(titled).lead).toBeGreaterThan(against(REPORTS[2]!).lead);
  });

  it('a name written mid-sentence after a first plain use counts as a name only there', () => {
    expect(textSide(REPORTS[0]!).bag.get('whitcomb')?.name).toBe(false);
    expect(textSide(REPORTS[1]!).bag.get('whitcomb')?.name).toBe(true);
  });
});

describe('one side against many gives storyFeatures to the last bit', () => {
  const sides = REPORTS.map(textSide);
  const rarity = rarityOf(sides.map((s) => s.bag));
  it.each(sides.map((s, i) => [i, s] as const))('side %i against each', (_, side) => {
    const against = storyFeaturesAgainst(side, rarity);
    for (const other of sides) expect(against(other)).toEqual(storyFeatures(side, other, rarity));
  });
});

import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';

/** The hedges of the last sentence of `text`, as written. */
function hedgesOf(text: string): string[] {
  const sentences = analyseText(text);
  return sentences[sentences.length - 1]!.hedges.map((h) => h.text);
}

// One table per class of hedge (issue 15); sentences are reworded Wikipedia and news shapes.
describe('a hedge word opening the sentence is the same word, capitalised', () => {
  it.each([
    ['Some historians date the bridge to the Roman period.', 'Some'],
    ['Many residents left the valley after the flood.', 'Many'],
    ['Perhaps the best-known work of the painter is a small portrait.', 'Perhaps'],
    ['“Probably the oldest mill in the county,” the sign reads.', 'Probably'],
  ])('%s', (text, hedge) => expect(hedgesOf(text).some((h) => h.startsWith(hedge))).toBe(true));

  it.each([
    'She starred in Some Like It Hot in 1959.',
    'He founded Many Rivers Crossing in Leeds.',
  ])('a capitalised title inside the sentence is no hedge: %s', (text) =>
    expect(hedgesOf(text)).toEqual([]),
  );
});

describe('a passive of judging with nobody named as the judge hedges', () => {
  it.each([
    ['The chapel is generally thought to be older than the tower.', 'is generally thought'],
    ['The two dialects were long regarded as one language.', 'were long regarded'],
    ['The treaty has been described as a turning point.', 'has been described'],
    ['The recording is often credited with starting the genre.', 'is often credited'],
    ['The poet was seen as a rival of the court.', 'was seen'],
    ['The method is considered by many to be outdated.', 'is considered'],
  ])('%s', (text, hedge) => expect(hedgesOf(text).some((h) => h.startsWith(hedge))).toBe(true));

  it.each([
    // A named judge: the passive reports who judged.
    'The appeal was considered by the Supreme Court in 2004.',
    // Seeing is not judging without "as" or "to".
    'The ruins can be seen from the main road.',
    // Holding a meeting is an event.
    'The first congress was held in Lyon in 1894.',
  ])('no hedge: %s', (text) => expect(hedgesOf(text)).toEqual([]));
});

describe('"might" and "could" hedge as modals before a verb, not as the noun of strength', () => {
  it.each([
    'The might of the old navy was plain to see.',
    'The empire’s military might and its wealth grew for a century.',
    'They pushed the cart with all their might.',
  ])('no hedge: %s', (text) => expect(hedgesOf(text)).toEqual([]));

  it.each([
    ['A storm that might hit the coast is moving north.', 'might hit'],
    ['This might help the talks.', 'might help'],
  ])('%s', (text, hedge) => expect(hedgesOf(text)).toContain(hedge));
});

import { describe, expect, it } from 'vitest';
import { partScore } from '../../../src/crossref/clause-runs.ts';
import { CLAIM_THRESHOLD } from '../../../src/crossref/index.ts';
import { tokenize } from '../../../src/crossref/tokenize.ts';

const part = (a: string, b: string) => partScore(tokenize(a), tokenize(b));

// A clause run of one sentence that carries a clause run of the other: a claim inside a longer
// sentence, with detail only one side has.
const CARRIED: Array<[string, string, string]> = [
  [
    'first clause inside a clause with a list',
    'President Putin says Russia is ready for talks on confidence-building measures, but the West needs to heed its main demands.',
    'Speaking after talks with German Chancellor Olaf Scholz, Putin said Russia is ready to engage in talks on limiting the deployment of intermediate range missiles in Europe, transparency of drills and other confidence-building measures.',
  ],
  [
    'second clause as a sentence of its own',
    'Russian President Vladimir Putin has said he is ready to work further with the West on security issues, but emphasised the need for the West to heed Russia’s main demands.',
    'But he emphasized the need for the West to heed Russia’s main demands.',
  ],
  [
    'middle clause kept, both ends changed',
    'Officials said on Monday, after a long night of talks, that the factory will close in March and 400 jobs will go, a blow to the town.',
    'The factory will close in March and 400 jobs will go, the company confirmed, ending a century of production.',
  ],
  [
    'a key counts in every clause that holds it, not just the first',
    'Meanwhile, some troops in Russia’s military districts adjacent to Ukraine returned to their bases after completing drills, Russia’s defence ministry was quoted by the Interfax news agency as saying, a move that could de-escalate friction between Moscow and the West.',
    'Moscow: Russian President Vladimir Putin said Tuesday that Moscow is ready for security talks with the U.S. And NATO, as the Russian military announced a partial troop withdrawal from drills near Ukraine — new signs that may suggest a Russian invasion of its neighbour isn’t imminent despite snowballing Western fears.',
  ],
  [
    'an opening clause made of a meeting and its names',
    'He spoke on Tuesday during a news conference following talks with German Chancellor Olaf Scholz in Moscow.',
    'Speaking after talks with German Chancellor Olaf Scholz, Putin said Russia is ready to engage in talks on limiting the deployment of intermediate range missiles in Europe, transparency of drills and other confidence-building measures.',
  ],
];

// Clauses that share words but not a claim.
const APART: Array<[string, string, string]> = [
  [
    'only the speaker in common',
    'Putin said, in a long speech, that the economy grew by 3 percent last year.',
    'Putin said, speaking to reporters, that Russia does not want war.',
  ],
  [
    'a short chance overlap',
    'Russia denies it.',
    'Russia denies that it has massed troops near Ukraine, and NATO says it has seen no pullback.',
  ],
  [
    'one clause each, nothing to split',
    'The central bank kept interest rates unchanged.',
    'The central bank raised interest rates by half a point.',
  ],
];

describe('partScore', () => {
  it.each(CARRIED)('finds %s', (_name, a, b) => {
    expect(part(a, b)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    expect(part(b, a)).toBeCloseTo(part(a, b), 9);
  });

  it.each(APART)('keeps apart %s', (_name, a, b) => {
    expect(part(a, b)).toBeLessThan(CLAIM_THRESHOLD);
  });

  it('is 0 for empty or function-word sentences', () => {
    expect(part('', 'Russia massed troops near Ukraine, officials said.')).toBe(0);
    expect(part('of the, and a', 'it is, as it was')).toBe(0);
  });
});

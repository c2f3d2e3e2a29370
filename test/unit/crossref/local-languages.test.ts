import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLD, claimScore } from '../../../src/crossref/index.ts';
import { tokenize } from '../../../src/crossref/tokenize.ts';

const numbers = (text: string) =>
  tokenize(text)
    .filter((t) => t.key.startsWith('#'))
    .map((t) => t.key);
const keys = (text: string) => tokenize(text).map((t) => t.key);

describe('numbers written the local way', () => {
  it.each([
    ['Die Preise stiegen im Mai um 3,5 Prozent.', ['#3.5']],
    ['Die Täter erbeuteten 12.000 Euro aus dem Tresor.', ['#12000']],
    ['Der Konzern will 1.250.000 Aktien zurückkaufen.', ['#1250000']],
    ['Die Regierung stellt 2,5 Milliarden Euro für die Bahn bereit.', ['#2500000000']],
    ['Le séisme a fait près de 5 500 morts au Népal.', ['#5500']],
    ['La dette a atteint 3 000 milliards d’euros.', ['#3000000000000']],
    ['El terremoto causó 2,7 millones de euros en daños.', ['#2700000']],
    ['Los daños ascienden a 2.700.000 euros, según el Gobierno.', ['#2700000']],
    ['Según el Gobierno, se registraron 12 mil casos en la región.', ['#12000']],
  ])('%s → %j', (text, want) => {
    expect(numbers(text)).toEqual(want);
  });

  it('an English sentence keeps English number reading', () => {
    expect(numbers('About 130,000 troops and 1.5 million people.')).toEqual([
      '#130000',
      '#1500000',
    ]);
  });
});

describe('stems and function words per language', () => {
  it('German inflections share a key, function words weigh nothing', () => {
    const [a, b] = [
      keys('Die Regierung beschloss das Gesetz.'),
      keys('Die Regierungen beschlossen die Gesetze.'),
    ];
    expect(a.filter((k) => !k.startsWith('_'))).toEqual(b.filter((k) => !k.startsWith('_')));
    const die = tokenize('Die Regierung beschloss das Gesetz.')[0]!;
    expect(die.weight).toBe(0);
  });

  it('French and Spanish plurals and verb forms share a key', () => {
    const content = (t: string) => keys(t).filter((k) => !/^[_~]/.test(k));
    expect(content('Les ministres ont déclaré.')).toEqual(content('Le ministre a déclaré.'));
    const fr = tokenize('Les manifestations continuent.').map((t) => t.key);
    const fr2 = tokenize('La manifestation continue.').map((t) => t.key);
    expect(fr[1]).toBe(fr2[1]);
    expect(fr[2]).toBe(fr2[2]);
    const es = tokenize('Las investigaciones continúan.').map((t) => t.key);
    const es2 = tokenize('La investigación continúa.').map((t) => t.key);
    expect(es[1]).toBe(es2[1]);
  });
});

describe('claims in one language matched by claimScore', () => {
  it.each([
    [
      'Die Polizei nahm am Montag in Köln zwei Verdächtige fest, die 12.000 Euro erbeutet hatten.',
      'Zwei Verdächtige, die 12.000 Euro erbeutet haben sollen, wurden am Montag in Köln festgenommen, teilte die Polizei mit.',
    ],
    [
      'Le séisme a fait près de 5 500 morts au Népal, selon le gouvernement.',
      'Selon le gouvernement népalais, le séisme a fait près de 5 500 morts.',
    ],
    [
      'El terremoto causó daños por 2,7 millones de euros en la provincia.',
      'Los daños del terremoto en la provincia ascienden a 2,7 millones de euros.',
    ],
  ])('same claim: %s', (a, b) => {
    expect(claimScore(a, b)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  });

  it.each([
    [
      'Die Polizei nahm am Montag in Köln zwei Verdächtige fest.',
      'Die Inflation stieg im Mai auf 2,4 Prozent.',
    ],
    [
      'Le séisme a fait près de 5 500 morts au Népal.',
      'Le séisme a fait près de 8 000 blessés en Turquie.',
    ],
  ])('different claims: %s', (a, b) => {
    expect(claimScore(a, b)).toBeLessThan(CLAIM_THRESHOLD);
  });
});

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/claims/02-tokens.ts';
import { isOtherLanguage } from '../../../src/claims/09-kind/index.ts';

const other = (s: string) => isOtherLanguage(s, tokenize(s, 0, s.length));

describe('isOtherLanguage: the text layer decides, for a sentence read as English', () => {
  const table: [string, boolean][] = [
    ['The minister said the plan would go ahead despite the protests.', false],
    // Foreign names and places are not a foreign sentence.
    ['He met the heirs of Jean de la Fontaine in La Paz on Monday.', false],
    ['The Frankfurter Allgemeine Zeitung reported the talks had stalled.', false],
    // A sentence quoted in another language on an English page.
    ['Die Regierung hat die Pläne am Montag vorgestellt, und sie sind nicht neu.', true],
    ['Le gouvernement a présenté les mesures dans la soirée, avec des réserves.', true],
    ['El gobierno presentó las medidas para los trabajadores del sector.', true],
    // Emoji are no script: the words are English.
    ['Police said 12 people died 😢😢😢😢😢😢😢😢😢😢😢😢😢😢😢😢😢😢😢😢', false],
    // Another script.
    ['Правительство представило план в понедельник.', true],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} → ${expected}`, () => expect(other(text)).toBe(expected));
  }
});

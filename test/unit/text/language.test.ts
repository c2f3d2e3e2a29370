import { describe, expect, it } from 'vitest';
import { countScripts } from '../../../src/text/language.ts';

describe('countScripts: letters per writing system', () => {
  const table: [string, string | null, number][] = [
    ['Yes', 'latin', 3],
    // Emoji, variation selectors and a BOM are no letters: the words decide.
    ['Yes 👍👍👍', 'latin', 3],
    ['Great ⭐️⭐️', 'latin', 5],
    ['\ufeffHello', 'latin', 5],
    // A combining accent belongs to the letter before it.
    ['Mu\u0308ller', 'latin', 6],
    ['Привет 👋', 'cyrillic', 6],
    ['🙂🙂', null, 0],
  ];
  for (const [text, script, letters] of table) {
    it(`${JSON.stringify(text)} → ${script} (${letters} letters)`, () => {
      const count = countScripts(text);
      expect(count.script).toBe(script);
      expect(count.letters).toBe(letters);
    });
  }
});

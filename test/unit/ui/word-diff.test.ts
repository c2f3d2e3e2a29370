import { describe, expect, it } from 'vitest';
import { isSpellingVariant, wordDiff, type DiffPart } from '../../../src/ui/word-diff.ts';

const show = (parts: DiffPart[]) =>
  parts
    .map((p) =>
      p.op === 'equal'
        ? p.text.trim()
        : p.op === 'insert'
          ? `+[${p.text.trim()}]`
          : p.op === 'delete'
            ? `-[${p.text.trim()}]`
            : `~[${p.ours}→${p.text.trim()}]`,
    )
    .join(' ');

describe('isSpellingVariant', () => {
  it.each([
    ['emphasized', 'emphasised', true],
    ['defence', 'defense', true],
    ['neighbour', 'neighbor', true],
    ['analysed', 'analyzed', true],
    ['centre', 'center', true],
    ['travelled', 'traveled', true],
    ['said', 'says', false],
    ['troops', 'tanks', false],
    ['the', 'The', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(isSpellingVariant(a, b)).toBe(expected);
  });
});

describe('wordDiff', () => {
  it('marks only what changed, and a spelling variant as changed', () => {
    const parts = wordDiff(
      'But he emphasized the need for the West to heed Russia’s main demands.',
      'But he emphasised the need for the West to heed Russia’s main demands.',
    );
    expect(show(parts)).toBe(
      'But he ~[emphasized→emphasised] the need for the West to heed Russia’s main demands.',
    );
  });

  it('aligns a rewrite with the contiguous run, not scattered words', () => {
    const parts = wordDiff(
      'Putin has said he is ready to work with the West, but emphasised the need for the West to heed demands.',
      'But he emphasized the need for the West to heed demands.',
    );
    const text = show(parts);
    expect(text).toContain('~[emphasised→emphasized] the need for the West to heed demands');
    expect(text.startsWith('-[Putin has said he is ready to work with the West,] But +[he]')).toBe(
      true,
    );
  });

  it('shows numbers that changed as a deletion and an insertion', () => {
    const parts = wordDiff(
      'Russia massed more than 130,000 troops near Ukraine.',
      'Russia massed 150,000 troops near Ukraine.',
    );
    expect(show(parts)).toBe('Russia massed -[more than 130,000] +[150,000] troops near Ukraine.');
  });

  it('concatenates back to their sentence (inserts, variants and equals)', () => {
    const theirs = 'The ministry said on Tuesday that “some units” would return.';
    const parts = wordDiff(
      'The defence ministry said that some units would return to base.',
      theirs,
    );
    const rebuilt = parts
      .filter((p) => p.op !== 'delete')
      .map((p) => p.text)
      .join('');
    expect(rebuilt.replace(/\s+/g, '')).toBe(theirs.replace(/\s+/g, ''));
  });

  it('treats case as equal', () => {
    expect(wordDiff('NATO said', 'Nato said').every((p) => p.op === 'equal')).toBe(true);
  });
});

describe('elide', () => {
  it('shortens long deleted runs and keeps short ones', async () => {
    const { elide } = await import('../../../src/ui/DiffText.tsx');
    expect(elide('one two three ')).toBe('one two three ');
    expect(elide('a b c d e f g h i j ')).toBe('a b c … h i j ');
  });
});

import { americanSpelling } from '../text/spelling.ts';
import { stem as stemIn } from '../text/stem.ts';
import synonyms from './data/synonyms.json' with { type: 'json' };
import forms from './data/word-forms.json' with { type: 'json' };

/** English stems (Porter's), the key of every English word. */
const stemmer = (word: string) => stemIn('en', word);

/**
 * One word to its matching key: British spelling to American (src/text/spelling.ts), then a
 * Porter stem, so that "emphasised", "emphasized" and "emphasizes" share a key. Both sides of
 * every comparison go through this, so a rule that over-reaches only merges two forms of one word.
 */

/** Stem of a group member → stem of the group's first word ("climbed" reads as "rise"). */
const SYNONYMS: ReadonlyMap<string, string> = new Map(
  synonyms.groups.flatMap((group) => {
    const head = stemmer(americanSpelling(group[0]!));
    return group.map((w) => [stemmer(americanSpelling(w)), head] as [string, string]);
  }),
);

/**
 * An irregular form or a place adjective → its base ("spoke" reads as "speak", "Russian" as
 * "Russia"). Looked up by the word as written, not by its stem: "range" stems like "rang".
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries(forms.irregular));
const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries(forms.demonyms));

function baseForm(word: string): string {
  return (
    IRREGULAR.get(word) ??
    DEMONYMS.get(word) ??
    (word.endsWith('s') ? DEMONYMS.get(word.slice(0, -1)) : undefined) ??
    word
  );
}

/**
 * The matching key of a lower-case word: American spelling, stemmed, then its synonym group.
 * Not memoized here: tokenize.ts keeps each word's key with the rest it knows of the word.
 */
export function wordKey(word: string): string {
  const stem = stemmer(americanSpelling(baseForm(word)));
  return SYNONYMS.get(stem) ?? stem;
}

/** Stem without synonym merging: tells an inflection ("troops") from a synonym ("soldiers"). */
export function plainStem(word: string): string {
  return stemmer(americanSpelling(word));
}

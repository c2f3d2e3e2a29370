import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as porter } from 'stemmer';

/**
 * One stemmer per language, the plug-in point for matching words across inflections: English
 * has Porter's, German, French and Spanish their Snowball stemmers. A language added here (with
 * its function words in data/function-words.json) is stemmed the same way by every caller.
 */
const STEMMERS = {
  en: porter,
  de: german,
  fr: french,
  es: spanish,
} satisfies Record<string, (word: string) => string>;

export type StemLanguage = keyof typeof STEMMERS;

/** The stem of a lower-case word in `lang` ("troops" → "troop", "Truppen" → "trupp"). */
export function stem(lang: StemLanguage, word: string): string {
  return STEMMERS[lang](word);
}

import { lexiconRole } from '../claims/index.ts';
import { stem as stemIn } from '../text/stem.ts';
import numbers from './data/number-words-local.json' with { type: 'json' };

/** The languages whose words are stemmed by their own Snowball stemmer (src/text/stem.ts). */
export type LocalLanguage = 'de' | 'fr' | 'es';

/** Key prefixes that carry a weight with them: a function word, an attribution verb. */
export const FUNCTION_PREFIX = '_';
export const CUE_PREFIX = '~';

export function isLocalLanguage(lang: string | null): lang is LocalLanguage {
  return lang === 'de' || lang === 'fr' || lang === 'es';
}

// French and Italian elisions ("l'armée", "d'après") are matched without the article.
const ELISION = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'(?=\p{L})/u;

/**
 * The matching key of a lower-case word in `lang`: its Snowball stem; function words and
 * attribution verbs get a prefix so that their weight follows from the key alone.
 */
export function localKey(lang: LocalLanguage, lower: string): string {
  const word = lang === 'fr' ? lower.replace(ELISION, '') : lower;
  const stem = stemIn(lang, word);
  const role = lexiconRole(lang, word);
  if (role === 'function') return FUNCTION_PREFIX + stem;
  if (role === 'cue') return CUE_PREFIX + stem;
  return stem;
}

const UNITS = table(numbers.units);
const MULTIPLIERS = table(numbers.multipliers);

function table(
  t: Record<string, Record<string, number>>,
): Record<LocalLanguage, ReadonlyMap<string, number>> {
  return {
    de: new Map(Object.entries(t.de ?? {})),
    fr: new Map(Object.entries(t.fr ?? {})),
    es: new Map(Object.entries(t.es ?? {})),
  };
}

// "12.000", "1.250.000" (thousands with dots), "3,5" (decimal comma), "12000".
const LOCAL_DIGITS = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/** A number written the local way ("3,5", "12.000") or spelled out ("drei", "mil"), or null. */
export function localNumber(lang: LocalLanguage, lower: string): number | null {
  const m = LOCAL_DIGITS.exec(lower);
  if (m) return Number(m[1]!.replace(/\./g, '') + (m[2] ? '.' + m[2] : ''));
  return UNITS[lang].get(lower) ?? null;
}

/** The multiplier a word stands for after a number ("Millionen", "millones", "mil"), or undefined. */
export function localMultiplier(lang: LocalLanguage, lower: string): number | undefined {
  return MULTIPLIERS[lang].get(lower.replace(/\.$/, ''));
}

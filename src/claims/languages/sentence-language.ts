import { countScripts, guessLanguage } from '../../extract/language.ts';
import type { ClaimLanguage } from './lexicon.ts';
import { CLAIM_LANGUAGES, lexiconFor } from './lexicon.ts';

// Function-word hits a sentence needs before its own words overrule the block's language.
const MIN_HITS = 1;
// A letter only one language writes is weaker evidence than a function word (names carry them too).
const MARK_WEIGHT = 0.5;
// The hinted language keeps the sentence unless another has this many times its hits.
const HINT_MARGIN = 2;
// Letters only one of the three languages writes: one each is a hit.
// Counted once per lower-case word: names carry foreign letters too ("Müller" in a French text).
const MARKS: Record<ClaimLanguage, RegExp> = {
  de: /[ßäöü]/u,
  fr: /[çèêëîïœûù]|^[ldjqs]'\p{L}/u,
  es: /[ñáíóú]/u,
};

/**
 * The language of one sentence, from its function words, its attribution words and letters that
 * only one language writes. `hint` is the block's language (the extractor's guess) or the page's
 * `lang`: it decides when the sentence itself says little, and loses when the sentence clearly
 * says otherwise (a French teaser on an English page, a page that declares the wrong language).
 * Returns a primary subtag ("en", "de", ...) or null for text in no Latin-script language.
 */
export function sentenceLanguage(
  text: string,
  words: readonly string[],
  hint: string | null,
): string | null {
  const script = countScripts(text);
  if (script.letters > 0 && script.script !== 'latin') return null;
  const counts = guessLanguage(text).counts;
  // A word listed for several languages counts for each by an equal share ("la": French, Spanish).
  for (const w of words) {
    const langs = CLAIM_LANGUAGES.filter((l) => isListed(l, w));
    for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1 / langs.length);
  }
  for (const lang of CLAIM_LANGUAGES) {
    let marks = /[¿¡]/.test(text) && lang === 'es' ? 1 : 0;
    for (const w of words) if (MARKS[lang].test(w)) marks++;
    if (marks > 0) counts.set(lang, (counts.get(lang) ?? 0) + marks * MARK_WEIGHT);
  }
  let best: string | null = null;
  let hits = 0;
  for (const [l, n] of counts) {
    if (n > hits) {
      hits = n;
      best = l;
    }
  }
  const hinted = hint ? hint.toLowerCase().split(/[-_]/)[0]! : null;
  if (hinted && (counts.get(hinted) ?? 0) * HINT_MARGIN >= hits) return hinted;
  if (best && hits >= MIN_HITS) return best;
  return hinted ?? 'en';
}

function isListed(lang: ClaimLanguage, word: string): boolean {
  const lex = lexiconFor(lang);
  return lex.stopwords.has(word) || lex.cueVerbs.has(word) || lex.auxiliaries.has(word);
}

/** The sentence's language when it is one of those with a claims lexicon. */
export function claimLanguage(lang: string | null): ClaimLanguage | null {
  return lang === 'de' || lang === 'fr' || lang === 'es' ? lang : null;
}

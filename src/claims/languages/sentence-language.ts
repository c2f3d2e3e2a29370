import { boundedMemo } from '../../text/bounded-memo.ts';
import { countScripts, FUNCTION_WORD_LANGUAGES } from '../../text/language.ts';
import type { ClaimLanguage } from './lexicon.ts';
import others from './other-languages.json';
import { CLAIM_LANGUAGES, lexiconFor } from './lexicon.ts';

// Function-word hits a sentence needs before its own words overrule the block's language.
const MIN_HITS = 1;
const MIN_OTHER_HITS = 2.5;
const MIN_SUPPORT = 2;
// A letter only one language writes is weaker evidence than a function word (names carry them too).
const MARK_WEIGHT = 0.5;
const BEYOND_LATIN = /[\u0250-\u1dff\u2c00-\uffff]/;
const CUE_WEIGHT = 0.5;
// The hinted language keeps the sentence unless another has this many times its hits.
const HINT_MARGIN = 2;
// Letters only one of the three languages writes: one each is a hit.
// Counted once per lower-case word: names carry foreign letters too ("Müller" in a French text).
const MARKS: Record<ClaimLanguage, RegExp> = {
  de: /[ßäöü]/u,
  fr: /[éçèêëîïœûù]|^[ldjqs]'\p{L}/u,
  es: /[ñáíóú]|(iendo|ción|ciones)$/u,
};

/** Languages read with no lexicon, by their words and letters rare in the three (see the JSON). */
const OTHERS = Object.entries(others)
  .filter(([lang]) => !lang.startsWith('_'))
  .map(([lang, v]) => {
    const o = v as { words: string[]; letters: string };
    return { lang, words: new Set(o.words), letters: new RegExp(o.letters, 'u') };
  });

/** What a sentence's words say about its language, before any hint is weighed. */
export interface LanguageEvidence {
  /** Not Latin script: no lexicon reads it. */
  foreign: boolean;
  counts: Map<string, number>;
  /** Words of each language's own that speak for it: one alone ("am", "note") is not enough. */
  support: Map<string, number>;
}

/** What one word adds to the evidence: `n` to its language's count, and one to its support. */
interface Addition {
  lang: string;
  n: number;
  support: boolean;
}
const NO_ADDITIONS: readonly Addition[] = [];

/** A word's additions, in the order they are summed (sums of fractions depend on it). */
function wordAdditions(w: string): readonly Addition[] {
  const out: Addition[] = [];
  // A word listed for several languages counts for each by an equal share ("la": French, Spanish).
  const langs = CLAIM_LANGUAGES.filter((l) => lexiconFor(l).stopwords.has(w));
  for (const l of langs) out.push({ lang: l, n: 1 / langs.length, support: true });
  const marked = isMarked(w);
  for (const o of OTHERS) {
    // Counts, not support: support speaks only for the languages with a lexicon.
    if (o.words.has(w) || (marked && o.letters.test(w)))
      out.push({ lang: o.lang, n: 1, support: false });
  }
  for (const l of CLAIM_LANGUAGES) {
    // A speech verb is weaker evidence: some are English words too ("note").
    const lex = lexiconFor(l);
    if (lex.cueVerbs.has(w) || lex.thatVerbs.has(w))
      out.push({ lang: l, n: CUE_WEIGHT, support: true });
    if (marked && MARKS[l].test(w)) out.push({ lang: l, n: MARK_WEIGHT, support: true });
  }
  return out.length > 0 ? out : NO_ADDITIONS;
}

/** Most words are plain ASCII: only those with other letters or an apostrophe can carry a mark. */
function isMarked(w: string): boolean {
  // A loop, not /[^a-z0-9-]/.test(w): the same answer without a pattern call per word.
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return true;
  }
  return w.endsWith('iendo');
}

/** What a word says about its language, in the two passes the sums have always been made in. */
interface WordEvidence {
  /** The function-word detector's shares (src/text/language.ts), summed over all words first. */
  shares: readonly Addition[];
  /** This lexicon's additions, summed after them. */
  additions: readonly Addition[];
}
const NO_EVIDENCE: WordEvidence = { shares: NO_ADDITIONS, additions: NO_ADDITIONS };

function wordEvidence(w: string): WordEvidence {
  const langs = FUNCTION_WORD_LANGUAGES.get(w) ?? [];
  const shares = langs.map((l) => ({ lang: l, n: 1 / langs.length, support: false }));
  return { shares, additions: wordAdditions(w) };
}

/**
 * Every word a list names: any other word says something only when it is marked. Their
 * evidence is worked out on first use and kept (a page reads a few hundred of the thousands
 * listed, and working all out before the first page held up a cold service worker's start).
 * Marked words (accents, apostrophes) are memoized as they come, and that memo starts again
 * when full (names and inflections are many; most say nothing).
 */
const LISTED: ReadonlySet<string> = new Set([
  ...FUNCTION_WORD_LANGUAGES.keys(),
  ...CLAIM_LANGUAGES.flatMap((l) => {
    const lex = lexiconFor(l);
    return [...lex.stopwords, ...lex.cueVerbs, ...lex.thatVerbs];
  }),
  ...OTHERS.flatMap((o) => [...o.words]),
]);
// Holds every listed word at most, so it never starts again.
const listedEvidence = boundedMemo(LISTED.size, wordEvidence);
const MARKED_LIMIT = 50_000;
const markedEvidence = boundedMemo(MARKED_LIMIT, wordEvidence);

function evidenceOf(w: string): WordEvidence {
  if (LISTED.has(w)) return listedEvidence(w);
  return isMarked(w) ? markedEvidence(w) : NO_EVIDENCE;
}

/** The evidence of one sentence: the one detector's function-word counts, this lexicon's on top. */
export function languageEvidence(text: string, words: readonly string[]): LanguageEvidence {
  // Only text with letters beyond Latin Extended needs its scripts counted.
  if (BEYOND_LATIN.test(text)) {
    const script = countScripts(text);
    if (script.letters > 0 && script.script !== 'latin') {
      return { foreign: true, counts: new Map(), support: new Map() };
    }
  }
  const counts = new Map<string, number>();
  const support = new Map<string, number>();
  const add = (l: string, n: number) => {
    counts.set(l, (counts.get(l) ?? 0) + n);
    support.set(l, (support.get(l) ?? 0) + 1);
  };
  const evidence = words.map(evidenceOf);
  for (const e of evidence) {
    for (const a of e.shares) counts.set(a.lang, (counts.get(a.lang) ?? 0) + a.n);
  }
  for (const e of evidence) {
    for (const a of e.additions) {
      if (a.support) add(a.lang, a.n);
      else counts.set(a.lang, (counts.get(a.lang) ?? 0) + a.n);
    }
  }
  if (/[¿¡]/.test(text)) add('es', 1);
  return { foreign: false, counts, support };
}

/** The evidence of a paragraph: its sentences' evidence summed. */
export function mergeEvidence(list: readonly LanguageEvidence[]): LanguageEvidence {
  const counts = new Map<string, number>();
  const support = new Map<string, number>();
  let latin = 0;
  for (const e of list) {
    if (e.foreign) continue;
    latin++;
    for (const [l, n] of e.counts) counts.set(l, (counts.get(l) ?? 0) + n);
    for (const [l, n] of e.support) support.set(l, (support.get(l) ?? 0) + n);
  }
  return { foreign: list.length > 0 && latin === 0, counts, support };
}

/**
 * The language the evidence points to. `hint` is the block's language (the extractor's guess
 * or the paragraph's) or the page's `lang`: it decides when the sentence itself says little,
 * and loses when the sentence clearly says otherwise (a French teaser on an English page, a
 * page that declares the wrong language). Returns a primary subtag ("en", "de", ...) or null
 * for text in no Latin-script language.
 */
export function decideLanguage(e: LanguageEvidence, hint: string | null): string | null {
  if (e.foreign) return null;
  const { counts, support } = e;
  let best: string | null = null;
  let hits = 0;
  for (const [l, n] of counts) {
    // A tie with another language we do not read goes to the language more of the sentence's
    // own words speak for ("dos" is Portuguese too); English keeps its ties, as before.
    const tie =
      n === hits && best !== 'en' && (support.get(l) ?? 0) > (support.get(best ?? '') ?? 0);
    if (n > hits || tie) {
      hits = n;
      best = l;
    }
  }
  const hinted = hint ? hint.toLowerCase().split(/[-_]/)[0]! : null;
  if (hinted && (counts.get(hinted) ?? 0) * HINT_MARGIN >= hits) return hinted;
  // A language we read no claims in must say so more clearly ("op", "over" are English too).
  const own = claimLanguage(best);
  const needed = best === 'en' || own ? MIN_HITS : MIN_OTHER_HITS;
  if (best && hits >= needed && (!own || (support.get(own) ?? 0) >= MIN_SUPPORT)) return best;
  return hinted ?? 'en';
}

/** The language of one sentence (see decideLanguage). */
export function sentenceLanguage(
  text: string,
  words: readonly string[],
  hint: string | null,
): string | null {
  return decideLanguage(languageEvidence(text, words), hint);
}

/** The sentence's language when it is one of those with a claims lexicon. */
export function claimLanguage(lang: string | null): ClaimLanguage | null {
  return lang === 'de' || lang === 'fr' || lang === 'es' ? lang : null;
}

import numberWords from './data/number-words.json' with { type: 'json' };
import { textLanguage } from '../claims/index.ts';
import { boundedMemo } from '../text/bounded-memo.ts';
import { plainText } from '../text/plain-text.ts';
import { eachToken, isWordToken } from '../text/words.ts';
import type { LocalLanguage } from './local-words.ts';
import { isLocalLanguage, localKey, localMultiplier, localNumber } from './local-words.ts';
import { wordKey } from './normalize-word.ts';
import { CONTENT_WEIGHT, keyWeight } from './token-weight.ts';

/** A word of a sentence with its matching key and where it sits in the original text. */
export interface Token {
  /** Matching key: stem of the American spelling, or `#<value>` for a number. */
  key: string;
  /** The text as written (for a number: all the words that make it, "130 thousand"). */
  surface: string;
  /** Lower-case word before stemming (for spelling-variant reports). */
  word: string;
  start: number;
  end: number;
  weight: number;
  /** Clause number within the sentence (commas, semicolons, dashes, "but", "while"…). */
  clause: number;
  /** Inside quotation marks. */
  quoted: boolean;
  /** Capitalized inside the sentence: a name, which says who more than what. */
  name: boolean;
}

/** Punctuation between words that ends a clause. */
const CLAUSE_PUNCT_RE = /[,;:()[\]\u2014\u2013]|\s-\s/;
/** Conjunctions that start a new clause. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'but',
  'while',
  'although',
  'though',
  'whereas',
  'because',
  'despite',
  'however',
]);
/** Prefixes kept joined to the rest of a hyphenated word ("de-escalate" = "deescalate"). */
const JOINED_PREFIXES: ReadonlySet<string> = new Set([
  'de',
  're',
  'co',
  'pre',
  'non',
  'anti',
  'ex',
  'un',
  'mid',
  'post',
  'pro',
  'semi',
  'multi',
  'sub',
  'inter',
  'counter',
  'cross',
  'over',
  'under',
  'e',
]);
/** Abbreviations that would otherwise collide with words ("US" with "us"). */
const UPPER_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({ US: 'usa', UK: 'uk', UN: 'un', EU: 'eu' }),
);
const DOTTED_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'u.s': 'usa',
    'u.k': 'uk',
    'u.n': 'un',
    'e.u': 'eu',
    'u.s.a': 'usa',
  }),
);
const PHRASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'united states': 'usa',
    'united kingdom': 'uk',
    'united nations': 'un',
    'european union': 'eu',
    'per cent': 'percent',
    // A phrasal verb is one word to a rewrite: "pulling back forces" / "withdrawing troops".
    'pull back': 'withdraw',
    'pulls back': 'withdraw',
    'pulled back': 'withdraw',
    'pulling back': 'withdraw',
    'pull out': 'withdraw',
    'pulls out': 'withdraw',
    'pulled out': 'withdraw',
    'pulling out': 'withdraw',
  }),
);

/** First words of PHRASES: only these make a word pair worth building and looking up. */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...PHRASES.keys()].map((p) => p.split(' ')[0]!),
);

// Maps, not objects: "constructor" must not read as a number.
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries(numberWords.units));
const MULTIPLIERS: ReadonlyMap<string, number> = new Map(Object.entries(numberWords.multipliers));
const SPACE = 32;
const DIGITS_RE = /^(\d+(?:,\d{3})*(?:\.\d+)?|\d*\.\d+)([a-z]*)$/i;

interface Piece {
  text: string;
  /** `text` lower-cased, once for every use. */
  lower: string;
  start: number;
  end: number;
  clause: number;
  quoted: boolean;
}

/**
 * The words of a sentence (the text layer's rule, run on its plain form) as matching pieces,
 * with clause numbers and quote state, keeping offsets. Possessive "'s", quotes and other marks
 * are gaps; the last dot of "U.S." or "No." is left out so that acronyms read the same however
 * they end. Contractions and hyphenated compounds split into the terms they stand for.
 */
function pieces(text: string): Piece[] {
  const plain = plainText(text);
  const out: Piece[] = [];
  let clause = 0;
  let last = 0;
  let quoted = false;
  const add = (p: string, s: number, e?: number, lower = p.toLowerCase()) => {
    if (p.length > 0) {
      out.push({
        text: p,
        lower,
        start: s,
        end: e ?? Math.min(s + p.length, last),
        clause,
        quoted,
      });
    }
  };
  eachToken(plain, (start, end, t) => {
    if (!isWordToken(t)) return;
    const dotted = t.length > 1 && t.endsWith('.');
    // One space between two words, the usual gap, ends no clause and opens no quote.
    if (start !== last + 1 || plain.charCodeAt(last) !== SPACE) {
      const gap = plain.slice(last, start);
      if (out.length > 0 && CLAUSE_PUNCT_RE.test(gap)) clause++;
      for (const c of gap) if (c === '"') quoted = !quoted;
    }
    last = dotted ? end - 1 : end;
    const word = dotted ? t.slice(0, -1) : t;
    // A trailing "'s" or a contraction splits into the word and what it stands for.
    const lower = word.toLowerCase();
    if (out.length > 0 && CLAUSE_WORDS.has(lower)) clause++;
    if (lower.endsWith("n't")) {
      const base = word.slice(0, -3);
      add(/^ca$/i.test(base) ? 'can' : /^wo$/i.test(base) ? 'will' : base, start);
      add('not', start + base.length);
    } else if (word.includes("'") && /'(s|re|ll|ve|d|m)$/i.test(word)) {
      add(word.slice(0, word.lastIndexOf("'")), start);
    } else if (word.includes('-')) {
      let offset = start;
      let pending = '';
      let pendingStart = start;
      for (const part of word.split('-')) {
        if (pending === '') pendingStart = offset;
        pending += part;
        offset += part.length + 1;
        if (JOINED_PREFIXES.has(part.toLowerCase()) && offset < last) continue;
        add(pending, pendingStart, offset - 1);
        pending = '';
      }
    } else {
      add(word, start, undefined, lower);
    }
  });
  return out;
}

function numberValue(lower: string): number | null {
  // Only a digit or a dot can start a number in figures: most words skip the pattern.
  const c = lower.charCodeAt(0);
  const m = (c >= 48 && c <= 57) || c === 46 ? DIGITS_RE.exec(lower) : null;
  if (m) {
    const value = Number(m[1]!.replace(/,/g, ''));
    const suffix = m[2]!;
    if (!suffix) return value;
    const mult = MULTIPLIERS.get(suffix);
    return mult === undefined ? null : value * mult;
  }
  const unit = UNITS.get(lower);
  return unit === undefined ? null : unit;
}

/** What the lower-case form of a word in an English sentence decides on its own. */
interface EnglishWord {
  /** First word of one of PHRASES. */
  phraseStart: boolean;
  /** Its value when it is a number ("130,000", "130k", "five"), else null. */
  value: number | null;
  /** Matching key and weight as a word (abbreviations written in capitals aside). */
  key: string;
  weight: number;
}

/**
 * English words worked out once each and memoized: stemming, several set look-ups and the
 * weight per word cost more than one look-up of the word. When full, the memo starts again.
 * An entry holds about twice what the stem cache's did (about 120 bytes a word in Node), so
 * half its bound keeps the most this can hold where it was (about 12 MB).
 */
const ENGLISH_LIMIT = 100_000;

const englishWord = boundedMemo(ENGLISH_LIMIT, (lower: string): EnglishWord => {
  const key = DOTTED_ABBREVIATIONS.get(lower) ?? wordKey(withoutMarks(lower));
  return {
    phraseStart: PHRASE_STARTS.has(lower),
    value: numberValue(lower),
    key,
    weight: keyWeight(key),
  };
});

/** A number's key and weight. */
interface NumberKey {
  key: string;
  weight: number;
}

/** Numbers seen lately, memoized (formatting and weighing one costs more than a look-up). */
const NUMBER_LIMIT = 10_000;

/** Canonical number key: 130000 for "130,000", "130K" and "130 thousand". */
const numberKey = boundedMemo(NUMBER_LIMIT, (value: number): NumberKey => {
  const key = `#${Number(value.toPrecision(12))}`;
  return { key, weight: keyWeight(key) };
});

/** Tokens of a sentence with matching keys, weights, clauses and offsets into `text`. */
export function tokenize(text: string): Token[] {
  const ps = pieces(text);
  const lang = textLanguage(text);
  if (isLocalLanguage(lang)) return localTokens(text, ps, lang);
  const out: Token[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const lower = p.lower;
    const next = ps[i + 1];
    const facts = englishWord(lower);
    const phrase = next && facts.phraseStart ? PHRASES.get(`${lower} ${next.lower}`) : undefined;
    if (phrase !== undefined && next) {
      out.push(token(phrase, p, next.end, text, keyWeight(phrase)));
      i++;
      continue;
    }
    let value = facts.value;
    if (value !== null) {
      let end = p.end;
      // "twenty five", "130 thousand", "1.5 million", "two hundred thousand"
      for (let j = i + 1; j < ps.length && ps[j]!.clause === p.clause; j++) {
        const w = ps[j]!.lower;
        const mult = MULTIPLIERS.get(w);
        const unit = UNITS.get(w);
        if (mult !== undefined && w.length > 2) value *= mult;
        else if (unit !== undefined && value >= 20 && value < 100 && value % 10 === 0 && unit < 10)
          value += unit;
        else break;
        end = ps[j]!.end;
        i = j;
      }
      const { key, weight } = numberKey(value);
      out.push(token(key, p, end, text, weight));
      continue;
    }
    // "US" is an abbreviation, "us" a word: the one case where the lower-case form is not enough.
    const upper = p.text.length === 2 ? UPPER_ABBREVIATIONS.get(p.text) : undefined;
    const t =
      upper === undefined
        ? token(facts.key, p, p.end, text, facts.weight)
        : token(upper, p, p.end, text, keyWeight(upper));
    t.name = i > 0 && t.weight >= CONTENT_WEIGHT && startsUpper(p.text);
    out.push(t);
  }
  return out;
}

// Thousands set off by a space, as French writes them ("5 500", "2 209"): one number.
const THOUSANDS_GAP = /^[ \u00a0\u202f]$/;

/** Tokens of a German, French or Spanish sentence: Snowball stems, numbers as written there. */
function localTokens(text: string, ps: Piece[], lang: LocalLanguage): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const lower = p.lower;
    let value = localNumber(lang, lower);
    if (value !== null) {
      let end = p.end;
      let digits = /^\d{1,3}$/.test(lower);
      for (let j = i + 1; j < ps.length && ps[j]!.clause === p.clause; j++) {
        const next = ps[j]!;
        const w = next.lower;
        const mult = localMultiplier(lang, w);
        if (digits && /^\d{3}$/.test(w) && THOUSANDS_GAP.test(text.slice(end, next.start))) {
          value = value * 1000 + Number(w);
        } else if (mult !== undefined) {
          value *= mult;
          digits = false;
        } else break;
        end = next.end;
        i = j;
      }
      const { key, weight } = numberKey(value);
      out.push(token(key, p, end, text, weight));
      continue;
    }
    const abbrev = UPPER_ABBREVIATIONS.get(p.text) ?? DOTTED_ABBREVIATIONS.get(lower);
    const key = abbrev ?? localKey(lang, lower.replace(/[.,]/g, '')).replace(/'/g, '');
    const t = token(key, p, p.end, text, keyWeight(key));
    t.name = i > 0 && t.weight >= CONTENT_WEIGHT && startsUpper(p.text) && lang !== 'de';
    out.push(t);
  }
  return out;
}

/** `lower` without dots, commas and apostrophes, copied only when it has one. */
function withoutMarks(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 46 || c === 44 || c === 39) return lower.replace(/[.,']/g, '');
  }
  return lower;
}

/** Starts with an upper-case letter; ASCII decides without a Unicode pattern. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}

function token(key: string, p: Piece, end: number, text: string, weight: number): Token {
  return {
    key,
    surface: text.slice(p.start, end),
    word: p.lower,
    start: p.start,
    end,
    weight,
    clause: p.clause,
    quoted: p.quoted,
    name: false,
  };
}

/**
 * Texts tokenized by tokenizeCached kept at most; a page compares each of its sentences often.
 * Two generations of half this each: when the young one fills, it becomes the old one and the
 * old one is dropped, so a full cache forgets the texts least recently used rather than all.
 */
const CACHE_LIMIT = 2048;
let young = new Map<string, readonly Token[]>();
let old = new Map<string, readonly Token[]>();

function cached(text: string): readonly Token[] | undefined {
  return young.get(text) ?? old.get(text);
}

/** tokenize() memoized, for comparing the same sentences again and again (never mutate). */
export function tokenizeCached(text: string): readonly Token[] {
  let tokens = young.get(text);
  if (tokens !== undefined) return tokens;
  tokens = old.get(text) ?? tokenize(text);
  if (young.size >= CACHE_LIMIT / 2) {
    old = young;
    young = new Map();
  }
  young.set(text, tokens);
  return tokens;
}

/**
 * tokenize() reusing tokenizeCached's entry when there is one, without adding any: indexing a
 * page just matched (its sentences were tokenized by the query) costs no second tokenization,
 * while a bulk import does not flush the cache. Never mutate the result.
 */
export function tokenizeReusing(text: string): readonly Token[] {
  return cached(text) ?? tokenize(text);
}

import stopwordData from './data/function-words.json';

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'cjk'
  | 'hangul'
  | 'devanagari'
  | 'thai'
  | 'other';

export interface ScriptCount {
  script: Script | null;
  /** Share of letters in the dominant script. */
  share: number;
  letters: number;
}

function scriptOfCode(c: number): Script | null {
  if (c < 0x41) return null;
  if (c <= 0x24f) {
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) {
      return c === 0xd7 || c === 0xf7 ? null : 'latin';
    }
    return null;
  }
  // Combining marks, emoji (surrogate pairs), variation selectors and the BOM are no letters of
  // their own: "Yes 👍👍" is English, not mostly another script.
  if (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff
  )
    return null;
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if (c >= 0x1e00 && c <= 0x1eff) return 'latin';
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))
    return 'cjk';
  if (c >= 0xac00 && c <= 0xd7af) return 'hangul';
  if (c >= 0x2000 && c <= 0x2bff) return null; // punctuation, symbols
  if (c >= 0x3000 && c <= 0x303f) return null; // CJK punctuation
  if (c >= 0xff00 && c <= 0xffef) return null; // fullwidth forms
  return 'other';
}

/** Letters per writing system in a text, and the dominant one. */
export function countScripts(text: string, into?: Map<Script, number>): ScriptCount {
  const counts = into ?? new Map<Script, number>();
  for (let i = 0; i < text.length; i++) {
    const s = scriptOfCode(text.charCodeAt(i));
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return dominantScript(counts);
}

export function dominantScript(counts: Map<Script, number>): ScriptCount {
  let best: Script | null = null;
  let bestCount = 0;
  let letters = 0;
  for (const [s, n] of counts) {
    letters += n;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return { script: best, share: letters ? bestCount / letters : 0, letters };
}

const STOPWORDS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(stopwordData)) {
  if (lang.startsWith('$') || !Array.isArray(words)) continue;
  for (const w of words) {
    const list = STOPWORDS.get(w) ?? [];
    list.push(lang);
    STOPWORDS.set(w, list);
  }
}

/** Each function word and the languages that list it (a hit counts 1/n for each of n). */
export const FUNCTION_WORD_LANGUAGES: ReadonlyMap<string, readonly string[]> = STOPWORDS;

export interface LanguageGuess {
  lang: string | null;
  /** Stop-word hits of the best language and of the runner-up. */
  hits: number;
  runnerUp: number;
  words: number;
  /** Hits per language. */
  counts: Map<string, number>;
}

/** Adds the function-word hits of words already split and lower-cased (no second pass over text). */
export function countFunctionWords(
  words: Iterable<string>,
  into: Map<string, number> = new Map(),
): Map<string, number> {
  for (const w of words) {
    const langs = STOPWORDS.get(w);
    if (!langs) continue;
    for (const l of langs) into.set(l, (into.get(l) ?? 0) + 1 / langs.length);
  }
  return into;
}

/** Guesses the language of Latin-script text from frequent function words. */
export function guessLanguage(text: string, into?: Map<string, number>): LanguageGuess {
  const counts = into ?? new Map<string, number>();
  let words = 0;
  for (const match of text.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    words++;
    const langs = STOPWORDS.get(match[0]);
    if (!langs) continue;
    for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1 / langs.length);
  }
  return { ...bestLanguage(counts), words, counts };
}

export function bestLanguage(counts: Map<string, number>): Omit<LanguageGuess, 'words' | 'counts'> {
  let lang: string | null = null;
  let hits = 0;
  let runnerUp = 0;
  for (const [l, n] of counts) {
    if (n > hits) {
      runnerUp = hits;
      hits = n;
      lang = l;
    } else if (n > runnerUp) runnerUp = n;
  }
  return { lang, hits, runnerUp };
}

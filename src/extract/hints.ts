import hintData from './data/hints.json';
import { boundedMemo } from '../text/bounded-memo.ts';

/** Weight a positive or negative class/id adds to a candidate (as in Readability's scale). */
const CLASS_WEIGHT = 25;

interface WordList {
  words: string[];
  fragments: string[];
}

interface CompiledList {
  words: Set<string>;
  fragments: string[];
}

export interface Hint {
  /** +25 for article-like names, -25 for furniture names, 0 for both or neither. */
  weight: number;
  positive: boolean;
  negative: boolean;
  /** Names of unmistakable furniture (comments, related, gallery): dropped whatever their size. */
  strong: boolean;
  /** Names that say "the text itself" (body, content): never dropped as furniture. */
  content: boolean;
  /** Names that mark page furniture to skip in the first pass (Readability's "unlikely"). */
  unlikely: boolean;
}

const compile = (list: WordList): CompiledList => ({
  words: new Set(list.words),
  fragments: list.fragments,
});

const POSITIVE = compile(hintData.positive);
const NEGATIVE = compile(hintData.negative);
const UNLIKELY = compile(hintData.unlikely);
const MAYBE = compile(hintData.maybe);
const CONTENT = compile(hintData.content);
const STRONG = compile(hintData.strong);

/** The hint of an element without class or id. */
export const NO_HINT: Hint = {
  weight: 0,
  positive: false,
  negative: false,
  strong: false,
  content: false,
  unlikely: false,
};

/** Hints kept by class + id string; a bound, for pages of generated class names. */
const CACHE_LIMIT = 5000;

function tokens(names: string): string[] {
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

function matches(list: CompiledList, toks: string[], joined: string): boolean {
  for (const t of toks) if (list.words.has(t)) return true;
  for (const f of list.fragments) if (joined.includes(f)) return true;
  return false;
}

/** Class/id hint of one element, from its own names only. */
export function hintOf(element: Element): Hint {
  const cls = element.getAttribute('class');
  const id = element.getAttribute('id');
  if (!cls && !id) return NO_HINT;
  return hintOfNames(`${cls ?? ''}#${id ?? ''}`);
}

/** The hint of a `class#id` pair of names (memoized: pages repeat their class names). */
const hintOfNames = boundedMemo(CACHE_LIMIT, (key: string): Hint => {
  const toks = tokens(key);
  const joined = toks.join('');
  const positive = matches(POSITIVE, toks, joined);
  const negative = matches(NEGATIVE, toks, joined);
  return {
    weight: (positive ? CLASS_WEIGHT : 0) - (negative ? CLASS_WEIGHT : 0),
    positive,
    negative,
    strong: matches(STRONG, toks, joined),
    content: matches(CONTENT, toks, joined),
    unlikely: matches(UNLIKELY, toks, joined) && !matches(MAYBE, toks, joined),
  };
});

import clutterData from './data/clutter-phrases.json';
import { linkDensity } from './03-score.ts';
import type { BlockText } from './05-text.ts';
import { hintOf } from './hints.ts';
import { bestLanguage, countScripts, dominantScript, guessLanguage } from '../text/language.ts';
import type { LanguageGuess, Script } from '../text/language.ts';
import { FURNITURE_ROLES } from './tags.ts';
import type { Block, Walk } from './types.ts';

/** A container holding more than this share of the article text is never dropped as furniture. */
const KEEP_SHARE = 0.6;
/** Containers this link-heavy are link lists (related stories, tags, menus). */
const CONTAINER_LINK_DENSITY = 0.5;
/** Blocks this link-heavy and this short are teaser or "read more" lines. */
const BLOCK_LINK_DENSITY = 0.6;
const BLOCK_LINK_MAX_LENGTH = 200;
/** Blocks that are this much link are link lines even when they end like a sentence. */
const BLOCK_ALL_LINK = 0.9;
const SENTENCE_END = /[.!?。！？»"”’)]$/u;
/** Clutter phrases are only trusted on short blocks. */
const CLUTTER_MAX_LENGTH = 100;
/** A block needs this many letters before its script is judged. */
const SCRIPT_MIN_LETTERS = 12;
/** …and this share of them in one foreign script. */
const SCRIPT_MIN_SHARE = 0.8;
/** Characters of each block read for script and language: enough for a clear signal. */
const LANGUAGE_SAMPLE = 400;
/** Language checks need this many stop-word hits in the block and a clear lead. */
const LANGUAGE_MIN_HITS = 3;

const CLUTTER = new Set<string>(clutterData.phrases.map((p) => p.toLowerCase()));
const PATTERNS = clutterData.patterns.list.map((p) => new RegExp(p, 'iu'));
const PROMO = new RegExp(`^(?:${clutterData.promo.list.join('|')})\\b`, 'iu');
const SECTION_LABEL = new RegExp(clutterData.sectionLabels.pattern, 'iu');
const CREDITS = clutterData.credits.list.map((p) => new RegExp(p, 'iu'));
/** Credit and follow-us lines are at most a couple of sentences. */
const CREDIT_MAX_LENGTH = 300;
/** Promotional lines are short; a long paragraph starting "Follow…" is prose. */
const PROMO_MAX_LENGTH = 200;
/** Section labels are short lines without a full stop. */
const LABEL_MAX_LENGTH = 80;
const MAX_PHRASE_WORDS = Math.max(...clutterData.phrases.map((p) => p.split(' ').length));
/** Tags that are never article text inside the article container. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'menu']);
const BYLINE = /^(?:by|par|von|por|di|door|av|af|від|от|автор)\s+\S/i;
const LABEL = /^(.{1,40}?)\s*[:|»>›–—]/;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+([:!?])/g, '$1')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** A short line that names a list of other stories. */
function isSectionLabel(text: string): boolean {
  return text.length <= LABEL_MAX_LENGTH && !/[.!?]$/.test(text) && SECTION_LABEL.test(text);
}

/** Is this short text a furniture label ("Check Also", "Read more: …", "Résoudre : *")? */
export function isClutterPhrase(text: string, linkShare: number): boolean {
  if (text.length > CLUTTER_MAX_LENGTH) return false;
  const n = normalize(text);
  if (n === '' || CLUTTER.has(n)) return true;
  for (const p of PATTERNS) if (p.test(n)) return true;
  // "Read more: …", "Photo | Reuters", "Résoudre : * 13 ⁄ 1 ="
  const label = LABEL.exec(n);
  if (label?.[1] && CLUTTER.has(label[1])) return true;
  if (linkShare < 0.5) return false;
  // A label followed by a link: "Related Stories Putin meets Scholz".
  const words = n.split(' ');
  for (let k = Math.min(MAX_PHRASE_WORDS, words.length - 1); k >= 1; k--) {
    if (CLUTTER.has(words.slice(0, k).join(' '))) return true;
  }
  return false;
}

/**
 * Drops page furniture inside the chosen article container: link lists, comment
 * forms, share/related/newsletter boxes (by tag, role or class/id words), captions,
 * bylines, the headline, short labels, and blocks in another script or language
 * than the article.
 */
export function filterBlocks(walk: Walk, roots: Element[], texts: BlockText[]): BlockText[] {
  let rootText = 0;
  const rootSet = new Set(roots);
  for (const r of roots) rootText += walk.stats.get(r)?.text ?? 0;
  const dropped = new Map<Element, boolean>();

  const selfDrop = (e: Element): boolean => {
    const stats = walk.stats.get(e);
    if (!stats) return false;
    const hint = hintOf(e);
    if (hint.strong && !hint.content) return true;
    if (rootText > 0 && stats.text / rootText > KEEP_SHARE) return false;
    const tag = e.localName;
    if (FURNITURE_TAGS.has(tag)) return true;
    const role = e.getAttribute('role');
    if (role && FURNITURE_ROLES.has(role)) return true;
    if (hint.negative && !hint.content) return true;
    if (stats.inputs > 0 && stats.inputs >= stats.paragraphs) return true;
    if (
      tag !== 'a' &&
      tag !== 'blockquote' &&
      stats.text > 0 &&
      linkDensity(stats) > CONTAINER_LINK_DENSITY
    )
      return true;
    return false;
  };

  const isDropped = (start: Element): boolean => {
    const chain: Element[] = [];
    let verdict = false;
    for (let e: Element | null = start; e && !rootSet.has(e); e = e.parentElement) {
      const known = dropped.get(e);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(e);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i]!;
      verdict = verdict || selfDrop(e);
      dropped.set(e, verdict);
    }
    return verdict;
  };

  const kept: BlockText[] = [];
  let seenBody = false;
  // After a label like "More stories" or "Read also", list items and link lines are its list.
  let inLinkSection = false;
  for (const t of texts) {
    if (t.text === '' || !/[\p{L}\p{N}]/u.test(t.text)) continue;
    const block = t.block;
    if (isDropped(block.element)) continue;
    const share = block.length ? block.linkLength / block.length : 0;
    if (inLinkSection && (t.role === 'list-item' || share > 0.3)) continue;
    inLinkSection = false;
    if (isSectionLabel(t.text)) {
      inLinkSection = true;
      continue;
    }
    if (t.text.length < PROMO_MAX_LENGTH && PROMO.test(t.text)) continue;
    if (t.text.length < CREDIT_MAX_LENGTH && CREDITS.some((p) => p.test(t.text))) continue;
    // Quotes keep their links: embedded posts end in a linked name and date.
    if (t.role !== 'quote' && isLinkLine(t.text, share)) continue;
    if (inFurnitureInline(block)) continue;
    if (block.element.localName === 'h1') continue; // the headline is metadata, not body
    if (isClutterPhrase(t.text, share)) continue;
    if (!seenBody && t.text.length < 80 && BYLINE.test(t.text)) continue;
    if (t.role === 'paragraph' && t.text.length >= 80) seenBody = true;
    kept.push(t);
  }
  return dropForeign(kept);
}

/**
 * A short block that is mostly link and not a finished sentence: a teaser title or a
 * "Read more: …" line. A sentence that merely carries a long link stays.
 */
function isLinkLine(text: string, share: number): boolean {
  if (text.length >= BLOCK_LINK_MAX_LENGTH || share <= BLOCK_LINK_DENSITY) return false;
  return share >= BLOCK_ALL_LINK || !SENTENCE_END.test(text);
}

/** All of the block's text sits in inline elements named like furniture (a caption or credit span). */
function inFurnitureInline(block: Block): boolean {
  let any = false;
  for (const item of block.items) {
    if (item === 'br' || item.data.trim() === '') continue;
    let furniture = false;
    for (let e = item.parentElement; e && e !== block.element; e = e.parentElement) {
      const hint = hintOf(e);
      if (hint.negative && !hint.content) {
        furniture = true;
        break;
      }
    }
    if (!furniture) return false;
    any = true;
  }
  return any;
}

/**
 * Removes blocks written in another script or language than the bulk of the article, and
 * notes on each block kept its own language when its function words make it clear.
 */
function dropForeign(blocks: BlockText[]): BlockText[] {
  const scripts = new Map<Script, number>();
  const perBlock = blocks.map((b) => {
    const own = new Map<Script, number>();
    const count = countScripts(b.text.slice(0, LANGUAGE_SAMPLE), own);
    for (const [s, n] of own) scripts.set(s, (scripts.get(s) ?? 0) + n);
    return count;
  });
  const main = dominantScript(scripts);
  const languages = new Map<string, number>();
  const guesses = blocks.map((b, i) =>
    perBlock[i]?.script === 'latin' ? guessLanguage(b.text.slice(0, LANGUAGE_SAMPLE)) : null,
  );
  for (const g of guesses)
    if (g?.lang) languages.set(g.lang, (languages.get(g.lang) ?? 0) + g.hits);
  const mainLanguage = bestLanguage(languages);
  const languageClear =
    mainLanguage.lang !== null &&
    mainLanguage.hits >= 10 &&
    mainLanguage.hits >= 3 * mainLanguage.runnerUp;
  blocks.forEach((b, i) => (b.lang = clearLanguage(guesses[i] ?? null)));
  return blocks.filter((_, i) => {
    const s = perBlock[i]!;
    if (
      main.script &&
      s.script &&
      s.script !== main.script &&
      s.script !== 'latin' &&
      s.letters >= SCRIPT_MIN_LETTERS &&
      s.share >= SCRIPT_MIN_SHARE
    )
      return false;
    const g = guesses[i];
    if (!languageClear || main.script !== 'latin' || !g?.lang || g.lang === mainLanguage.lang)
      return true;
    const own = g.counts.get(mainLanguage.lang!) ?? 0;
    return !(g.hits >= LANGUAGE_MIN_HITS && own * 2 < g.hits);
  });
}

/** A block's guess when it is clear: enough function words, twice the runner-up's. */
function clearLanguage(guess: LanguageGuess | null): string | null {
  if (!guess?.lang || guess.hits < LANGUAGE_MIN_HITS) return null;
  return guess.hits > 2 * guess.runnerUp ? guess.lang : null;
}

import type { BlockText } from './05-text.ts';

/** The published body must have at least this many words to guide anything. */
const MIN_BODY_TOKENS = 50;
/** Share of our text the published body must contain before it may overrule us. */
const MIN_AGREEMENT = 0.8;
/** Words at each end of the published body that must appear in our text (it is not truncated). */
const EDGE_TOKENS = 8;
/** Blocks shorter than this (in words) are never judged: too little to match on. */
const MIN_JUDGED_TOKENS = 4;
/** Kept blocks the body lacks are dropped only when shorter than this (promos, credits). */
const MAX_DROPPED = 200;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The body as sites publish it in JSON-LD: plain text, sometimes with markup or entities. */
function bodyTokens(articleBody: string): string {
  return ` ${tokens(articleBody.replace(/<[^>]*>/g, ' ').replace(/&#?\w+;/g, ' ')).join(' ')} `;
}

/**
 * Uses the page's own schema.org `articleBody` (JSON-LD) as a second opinion. When
 * it agrees with most of our text and covers the whole article (its first and last
 * words are in our text), short blocks it does not contain are furniture (promos,
 * bylines, captions, cookie notices). When it disagrees or is truncated (paywalls), it
 * is ignored. It never adds text: published bodies also carry standfirsts and titles.
 */
export function applyBodyHint(kept: BlockText[], articleBody: string | null): BlockText[] {
  if (!articleBody) return kept;
  const body = bodyTokens(articleBody);
  const bodyWords = body.trim().split(' ');
  if (bodyWords.length < MIN_BODY_TOKENS) return kept;
  const verdicts = new Map<BlockText, boolean | null>();
  let agreeing = 0;
  let total = 0;
  for (const t of kept) {
    const words = tokens(t.text);
    const contained =
      words.length < MIN_JUDGED_TOKENS ? null : body.includes(` ${words.join(' ')} `);
    verdicts.set(t, contained);
    if (contained !== null) {
      total += t.text.length;
      if (contained) agreeing += t.text.length;
    }
  }
  if (total === 0 || agreeing / total < MIN_AGREEMENT) return kept;
  const ours = ` ${kept.flatMap((t) => tokens(t.text)).join(' ')} `;
  const head = ` ${bodyWords.slice(0, EDGE_TOKENS).join(' ')} `;
  const tail = ` ${bodyWords.slice(-EDGE_TOKENS).join(' ')} `;
  const whole = ours.includes(head) && ours.includes(tail);
  if (!whole) return kept;
  // Only short lines are overruled: a long paragraph that differs is a text variant.
  return kept.filter(
    (t) => verdicts.get(t) !== false || t.role === 'heading' || t.text.length >= MAX_DROPPED,
  );
}

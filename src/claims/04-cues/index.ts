import type { Cue, Token } from '../types.ts';
import { isTitleCase } from './headlines.ts';
import { leadInQuote } from './lead-quotes.ts';
import { findAsSaying, nounCueAt } from './noun-cues.ts';
import { colonCue } from './colon.ts';
import { creditCue } from './credit.ts';
import { frameCueAt, viewpointCueAt } from './frames.ts';
import { stancePhraseAt } from './stance-phrases.ts';
import { signOffCue } from './sign-off.ts';
import { shapeCue } from './shapes.ts';
import { stanceAdjectiveAt } from './stance-adjectives.ts';
import { quoteVerbAt, thatVerbAt } from './that-verbs.ts';
import { verbCueAt } from './verb-cues.ts';
import { groupVerbAt } from '../phrases/groups.ts';

/**
 * Finds the attribution cues of one sentence. `quoted[i]` tells whether token i stands inside a
 * quotation: cues there are the quoted speaker's own reporting, not the article's attributions.
 */
export function findCues(tokens: Token[], quoted: boolean[] = []): Cue[] {
  const cues: Cue[] = [];
  const headline = isTitleCase(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || quoted[i]) continue;
    const lower = t.lower;
    const next = tokens[i + 1];
    if (lower === 'according' && next?.lower === 'to') {
      cues.push({
        first: i,
        last: i + 2,
        lemma: 'according to',
        cls: 'phrase',
        shape: 'according',
      });
      i++;
      continue;
    }
    if (lower === 'quoted') {
      const saying = findAsSaying(tokens, i + 1);
      if (saying > 0) {
        let first = i;
        if (tokens[i - 1] && /^(was|were|is|has been|been)$/.test(tokens[i - 1]!.lower)) first--;
        cues.push({ first, last: saying + 1, lemma: 'quote', cls: 'phrase', shape: 'quoted' });
        i = saying;
        continue;
      }
    }
    const frame = frameCueAt(tokens, i) ?? viewpointCueAt(tokens, i) ?? stancePhraseAt(tokens, i);
    if (frame) {
      cues.push(frame);
      i = frame.last - 1;
      continue;
    }
    const shaped = shapeCue(tokens, i);
    if (shaped) {
      cues.push(shaped);
      i = shaped.last - 1;
      continue;
    }
    const noun = nounCueAt(tokens, i);
    if (noun) {
      cues.push(noun);
      i = noun.last - 1;
      continue;
    }
    // "41 percent would choose Sanders": what a share of people does in a poll.
    const group = groupVerbAt(tokens, i);
    if (group) {
      cues.push({
        first: group.first,
        last: group.last,
        lemma: lower,
        cls: 'speech',
        shape: 'group',
      });
      i = group.last - 1;
      continue;
    }
    const stance = stanceAdjectiveAt(tokens, i);
    if (stance) {
      cues.push(stance);
      i = stance.last - 1;
      continue;
    }
    const verb =
      verbCueAt(tokens, i, cues, headline) ?? thatVerbAt(tokens, i) ?? quoteVerbAt(tokens, i);
    if (verb) {
      cues.push(verb);
      i = verb.last - 1;
    }
  }
  const colon = colonCue(tokens, cues) ?? leadInQuote(tokens, cues);
  if (colon) cues.unshift(colon);
  const signOff = cues.length === 0 ? signOffCue(tokens) : null;
  if (signOff) cues.push(signOff);
  const credit = creditCue(tokens, cues);
  if (credit) cues.push(credit);
  return cues;
}

import type { Token } from './02-tokens.ts';
import type { CueClass } from './lexicon.ts';
import { isTitleCase } from './03-headlines.ts';
import { leadInQuote } from './03-lead-quotes.ts';
import { findAsSaying, nounCueAt } from './03-noun-cues.ts';
import { colonCue } from './03-colon.ts';
import { creditCue } from './03-credit.ts';
import { frameCueAt, viewpointCueAt } from './03-frames.ts';
import { stancePhraseAt } from './03-stance-phrases.ts';
import { signOffCue } from './03-sign-off.ts';
import { shapeCue } from './03-shapes.ts';
import { stanceAdjectiveAt } from './03-stance-adjectives.ts';
import { quoteVerbAt, thatVerbAt } from './03-that-verbs.ts';
import { verbCueAt } from './03-verb-cues.ts';
import { groupVerbAt } from './04-groups.ts';

/** Where a cue's source is to be looked for. */
export type CueShape =
  | 'verb' // "Putin said …", "…, said Putin", "…, Putin said"
  | 'according' // "according to X"
  | 'quoted' // "X was quoted by Y as saying"
  | 'noun' // "Russia's claims that …", "the ministry's announcement that …"
  | 'passive' // "was first reported by MSNBC"
  | 'raising' // "seemed to", "is expected to": a view with no one named
  | 'asked' // "Asked about the talks, Putin said …"
  | 'poll' // "In a CNN poll released Monday, 50 percent …"
  | 'signoff' // "“… .” ― Sonya Herridge": a name signing a quotation off
  | 'credit' // "Troops pull back: Defense Ministry": a headline credited after a colon
  | 'group' // "41 percent would choose Sanders": a share of people and what it does
  | 'colon' // "Sanders: Brexit's message could …", "TAPPER: And obviously …"
  | 'lead' // "… - Mark Blumenthal and Jon Cohen: “Although the polls …”"
  | 'frame' // "in Bolton's view, …", "To Sexton, …": a view framed by a preposition
  | 'stance'; // "came out in support of Cruz", "won support from governors"

export interface Cue {
  /** Token range [first, last) of the cue. */
  first: number;
  last: number;
  lemma: string;
  cls: CueClass | 'phrase';
  shape: CueShape;
}

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

import type { Cue, Make, Phrase, RawAttribution, Token } from '../types.ts';
import { POSSESSIVES } from '../phrases/possessives.ts';
import { skipLeftAdverbs } from '../phrases/adverbs.ts';
import { phraseAfter, phraseBefore } from '../phrases/noun-phrases.ts';
import { leftContent, skipPunct, span } from './spans.ts';
import { mainSubject } from '../phrases/subjects.ts';
import { RECEIVING_VERBS } from '../lexicon.ts';

/** "in Bolton's view, …", "X is, in his opinion, …", "in the eyes of voters": owner and clause. */
export function attributeFrame(
  tokens: Token[],
  cue: Cue,
  limit: number,
  make: Make,
): RawAttribution {
  if (cue.lemma === 'to') return attributeViewpoint(tokens, cue, limit, make);
  let start = cue.first - 1;
  while (start > 0 && tokens[start]!.lower !== 'in') start--;
  const of = tokens[cue.last]?.lower === 'of';
  let source: Phrase | null = of ? phraseAfter(tokens, cue.last + 1) : null;
  if (!of) {
    const owner = tokens[cue.first - 1]!;
    source =
      owner.lower === "'s"
        ? phraseBefore(tokens, cue.first - 1)
        : { first: cue.first - 1, last: cue.first };
  }
  const end = of && source ? source.last : cue.last;
  const right = span(tokens, skipPunct(tokens, end), limit);
  const left = start > 0 ? leftContent(tokens, start) : null;
  // "The deal, in Bolton's view, was a failure": the clause runs on after the frame.
  const rest = left && right && tokens[end]?.text === ',' ? right : null;
  const owner = source && source.last - source.first === 1 ? tokens[source.first]! : null;
  const pronoun = !of && owner ? POSSESSIVES.get(owner.lower) : undefined;
  const a = make(source, left ?? right, left !== null);
  if (rest) a.rest = rest;
  // "in his view": the possessive stands for its pronoun, resolved like "he said".
  if (pronoun)
    a.info = { type: 'person', named: false, pronoun: true, shortRef: false, head: pronoun };
  return a;
}

/** "To Sexton, who studies rallies, Tuesday marked …": the holder up to the comma, then the rest. */
function attributeViewpoint(tokens: Token[], cue: Cue, limit: number, make: Make): RawAttribution {
  const comma = tokens.findIndex((t, k) => k > cue.last && t.text === ',');
  let from = comma + 1;
  // A clause about the holder (", who …,") is not part of the view.
  if (tokens[from]?.lower === 'who') {
    const after = tokens.findIndex((t, k) => k > from && t.text === ',');
    if (after > 0) from = after + 1;
  }
  return make({ first: cue.last, last: comma }, span(tokens, from, limit), false);
}

/**
 * "Graham came out in support of Cruz": the clause's subject holds the stance toward the object.
 * "Rubio won support from governors": the people after "from" hold it toward the subject.
 */
export function attributeStance(
  tokens: Token[],
  cue: Cue,
  limit: number,
  make: Make,
): RawAttribution | null {
  if (cue.last - cue.first > 1) {
    const subject =
      mainSubject(tokens, cue.first) ?? phraseBefore(tokens, skipLeftAdverbs(tokens, cue.first));
    const object = phraseAfter(tokens, cue.last) ?? span(tokens, cue.last, limit);
    return subject && object ? make(subject, object, false) : null;
  }
  // The subject of the receiving verb ("The plan [drew] sharp criticism from …").
  let verb = cue.first - 1;
  while (verb > 0 && !RECEIVING_VERBS.has(tokens[verb]!.lower)) verb--;
  const subject = phraseBefore(tokens, skipLeftAdverbs(tokens, verb));
  const holders = phraseAfter(tokens, cue.last + 1);
  return holders && subject ? make(holders, subject, true) : null;
}

import type { Cue, Make, Phrase, RawAttribution, Token } from '../types.ts';
import { GROUP_INFO, groupSubjectBefore } from '../phrases/groups.ts';
import { phraseAfter, phraseBefore } from '../phrases/noun-phrases.ts';
import { attributeFrame, attributeStance } from './frames.ts';
import { leftContent, pollPhrase, skipPunct, span } from './spans.ts';
import { mainSubject, speakerLike } from '../phrases/subjects.ts';

/** A share of people as source: unnamed people, whatever the words of the phrase. */
export function asGroup(a: RawAttribution): RawAttribution {
  return { ...a, info: GROUP_INFO };
}

/** Source and content of a cue of a fixed shape: raising, group, asked, poll, passive, according, colon, credit, lead, frame, stance, noun. */
export function attributeShaped(
  tokens: Token[],
  cue: Cue,
  limit: number,
  make: Make,
): RawAttribution | null {
  if (cue.shape === 'raising') return make(null, span(tokens, cue.last, limit), false);
  if (cue.shape === 'group') {
    const group = groupSubjectBefore(tokens, cue.first);
    return group ? asGroup(make(group, span(tokens, cue.last, limit), false)) : null;
  }
  if (cue.shape === 'asked') {
    // "Asked whether …, Rubio said …": the question up to the comma, answered by the subject.
    const comma = tokens.findIndex((t, k) => k > cue.last && t.text === ',');
    const source = comma > 0 ? mainSubject(tokens, tokens.length, comma + 1) : null;
    return make(source, span(tokens, cue.last, comma), false);
  }
  if (cue.shape === 'poll') {
    // "In a CNN poll released Monday, 50 percent …" / "… leads in the latest poll."
    const source = pollPhrase(tokens, cue.last);
    if (cue.first === 0 || tokens.slice(0, cue.first).every((t) => !t.word)) {
      const comma = tokens.findIndex((t, k) => k > cue.last && t.text === ',');
      return make(source, comma > 0 ? span(tokens, comma + 1, limit) : null, false);
    }
    return make(source, leftContent(tokens, cue.first), true);
  }
  if (cue.shape === 'passive') {
    const source = phraseAfter(tokens, cue.last);
    const left = leftContent(tokens, cue.first);
    const right = source ? span(tokens, skipPunct(tokens, source.last), limit) : null;
    return make(source, left ?? right, left !== null);
  }
  if (cue.shape === 'according') {
    const source = phraseAfter(tokens, cue.last);
    const leading = cue.first === 0 || tokens.slice(0, cue.first).every((t) => !t.word || t.cap);
    if (leading && source) {
      // "According to a report by Politico, …": the content starts after the source's comma,
      // wherever the noun phrase itself stopped.
      const comma = tokens.findIndex((t, k) => k >= source.last && k <= limit && t.text === ',');
      const from = comma > 0 ? comma + 1 : skipPunct(tokens, source.last);
      return make(source, span(tokens, from, limit), false);
    }
    return make(source, leftContent(tokens, cue.first), true);
  }
  if (cue.shape === 'colon') {
    const source = phraseBefore(tokens, cue.first);
    // The label opens the sentence, perhaps after a quotation mark ("\"PENCE: Well, …").
    if (!source || tokens.slice(0, source.first).some((t) => t.word)) return null;
    return make(source, span(tokens, cue.last, limit), false);
  }
  if (cue.shape === 'signoff') {
    const source = phraseAfter(tokens, cue.last);
    return source ? make(source, leftContent(tokens, cue.first), true) : null;
  }
  if (cue.shape === 'credit') {
    const source = phraseAfter(tokens, cue.last);
    if (!source || source.last < tokens.length || !speakerLike(tokens, source)) return null;
    return make(source, leftContent(tokens, cue.first), true);
  }
  if (cue.shape === 'lead') {
    const source = phraseBefore(tokens, cue.first);
    return source ? make(source, span(tokens, cue.last, limit), false) : null;
  }
  if (cue.shape === 'frame') return attributeFrame(tokens, cue, limit, make);
  if (cue.shape === 'stance') return attributeStance(tokens, cue, limit, make);
  if (cue.shape === 'noun') {
    let source: Phrase | null = null;
    if (tokens[cue.first - 1]?.lower === "'s") source = phraseBefore(tokens, cue.first - 1);
    return make(source, span(tokens, cue.last, limit), false);
  }
  return null;
}

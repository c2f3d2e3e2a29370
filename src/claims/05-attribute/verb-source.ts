import type { Cue, Make, Phrase, RawAttribution, Token } from '../types.ts';
import { groupSubjectBefore } from '../phrases/groups.ts';
import { beBefore } from '../phrases/be-forms.ts';
import { asGroup } from './shaped.ts';
import { skipLeftAdverbs } from '../phrases/adverbs.ts';
import { classifySource } from '../phrases/classify.ts';
import { phraseAfter, phraseBefore } from '../phrases/noun-phrases.ts';
import { invertedSource } from './inverted.ts';
import { leftContent, rightContent, skipPunct, span } from './spans.ts';
import { longSubject, participleDoer } from './long-subject.ts';
import { namedSegment } from './named-insert.ts';
import { appositiveSubject } from '../phrases/subjects.ts';
import { BOUNDARY, FINITE_VERBS } from '../lexicon.ts';

// Before a noun phrase these make it a prepositional object, not the subject of the verb after it.
const PREPOSITIONS = new Set(
  'from of in on at by to for about against over under into than between among'.split(' '),
);

/**
 * An -ing cue with no auxiliary ("…, saying …"): its speaker is the clause's subject. After a
 * form of "be" ("He's also praising …", "are calling for") it is a finite verb with its subject.
 */
// Longest lead-in ("By the end of March") taken as the setting of a split content.
const MAX_LEAD_IN_WORDS = 5;
// Words that open a lead-in of time or place; "The decision, the agency said, …" is a subject.
const LEAD_IN_OPENERS = new Set(
  'by on in at after before until since during for from within over earlier later last next this'.split(
    ' ',
  ),
);

function isLeadIn(tokens: Token[], p: Phrase): boolean {
  const words = tokens.slice(p.first, p.last).filter((t) => t.word);
  return (
    words.length <= MAX_LEAD_IN_WORDS &&
    LEAD_IN_OPENERS.has(words[0]?.lower ?? '') &&
    !words.some((t) => FINITE_VERBS.has(t.lower) || (!t.cap && /[^e]ed$/.test(t.lower)))
  );
}

export function isParticiple(tokens: Token[], cue: Cue): boolean {
  return (
    cue.shape === 'verb' && /ing$/.test(tokens[cue.first]!.lower) && beBefore(tokens, cue.first) < 0
  );
}

/** Source and content of a verb cue: subject before it, inverted after it, or a relative "who". */
export function attributeVerb(
  tokens: Token[],
  cue: Cue,
  limit: number,
  make: Make,
): RawAttribution {
  const leftEnd = skipLeftAdverbs(tokens, cue.first);
  const left = tokens[leftEnd - 1];
  const participle = isParticiple(tokens, cue);
  let source: Phrase | null = null;
  if (left && /^(who|which)$/.test(left.lower) && tokens[leftEnd - 2]?.text === ',') {
    // "Barkley, who said he …": the relative pronoun speaks for its antecedent.
    const antecedent = phraseBefore(tokens, leftEnd - 2);
    if (antecedent) {
      const who = { first: leftEnd - 1, last: leftEnd };
      return make(who, rightContent(tokens, cue, limit), false, antecedent);
    }
  } else if (participle) {
    // "…, with Gorka noting …" names its own speaker; "emailed supporters saying" does not.
    const np = left?.word ? phraseBefore(tokens, leftEnd) : null;
    if (np && tokens[np.first - 1]?.lower === 'with') source = np;
    else {
      const doer = participleDoer(tokens, leftEnd);
      const end = doer && doer.first > cue.last ? Math.min(limit, doer.first - 1) : limit;
      return make(doer, rightContent(tokens, cue, end), false);
    }
  } else if (groupSubjectBefore(tokens, leftEnd)) {
    // "56 percent of likely voters said …": the whole share is the source.
    const group = groupSubjectBefore(tokens, leftEnd)!;
    return asGroup(make(group, rightContent(tokens, cue, limit), false));
  } else if ((left?.word && !/^(and|but|or)$/.test(left.text)) || left?.text === ')') {
    source = phraseBefore(tokens, leftEnd);
    // "The overtures from Russia offered …": the object of a preposition is no subject.
    const before = source ? tokens[source.first - 1] : undefined;
    if (before && !before.cap && PREPOSITIONS.has(before.lower) && cue.cls !== 'speech')
      source = null;
  }
  // "A person familiar with the planning for Thursday's meeting says": the subject with its
  // post-modifiers, where the plain noun phrase stopped inside them.
  if (left?.word && !participle && !/^(and|but|or)$/.test(left.lower)) {
    const long = longSubject(tokens, leftEnd);
    const inner = source ? tokens[source.first - 1] : undefined;
    if (long && (!source || (inner?.word && !inner.cap && source.first > long.first))) {
      source = long;
      // The head phrase decides the type: "A news report published Wednesday" is media.
      const head = phraseAfter(tokens, long.first)!;
      const outer = make;
      make = (s, c, l, ant) => {
        const a = outer(s, c, l, ant);
        return s === long ? { ...a, info: classifySource(tokens, head, 0) } : a;
      };
    }
  }
  // "X, a teacher, said", "X — a teacher — said", "X -- a teacher -- said".
  if (!source && left && /^[,—–-]$/.test(left.text))
    source = appositiveSubject(tokens, leftEnd - 1);
  if (!source && left?.text === ',' && !participle) source = namedSegment(tokens, leftEnd - 1);
  if (cue.shape === 'quoted') {
    const right = span(tokens, skipPunct(tokens, cue.last), limit);
    const before = source ? source.first : cue.first;
    const left = leftContent(tokens, before);
    return make(source, left ?? right, left !== null);
  }
  if (source) {
    const before = leftContent(tokens, source.first);
    const after = rightContent(tokens, cue, limit);
    // "“…,” X said, "…"": the quote before the speaker is the main content.
    const sep = tokens[source.first - 1];
    // "… when she said, …", "… because he said …": the clause before is no content.
    const subordinate = sep?.word && !sep.cap && BOUNDARY.has(sep.lower);
    const commaAfter = tokens[cue.last]?.text === ',';
    if (before && !subordinate && (!after || commaAfter || sep?.quote === 'close')) {
      // "Asked …, Adelson said, “…”": a quote after the cue beats an unquoted clause before it.
      const quotedLeft = tokens.slice(before.first, before.last).some((t) => t.quote);
      if (after && commaAfter && !quotedLeft && tokens[after.first]?.quote === 'open')
        return make(source, after, false);
      // "By Friday, they said, the talks had stalled": a lead-in with no verb of its own is
      // the setting of what follows, one content, not a second one.
      if (after && commaAfter && !quotedLeft && isLeadIn(tokens, before))
        return make(source, after, false);
      const a = make(source, before, true);
      // "A, X said, B": what follows the cue continues the content.
      if (after && commaAfter) a.rest = after;
      return a;
    }
    return make(source, after, false);
  }
  // Inverted: "…, said Putin." / "“…,” said the ministry."
  const prev = tokens[cue.first - 1];
  if (cue.first === 0) {
    const inverted = invertedSource(tokens, cue.last);
    if (inverted)
      return make(inverted, span(tokens, skipPunct(tokens, inverted.last), limit), false);
  }
  if (prev && (prev.text === ',' || prev.quote || /^['’"”]+$/.test(prev.text))) {
    const inverted = invertedSource(tokens, cue.last);
    if (inverted) return make(inverted, leftContent(tokens, cue.first), true);
  }
  return make(null, rightContent(tokens, cue, limit), false);
}

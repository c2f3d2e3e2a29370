import type { Token } from './02-tokens.ts';
import type { Cue } from './03-cues.ts';
import type { Phrase, SourceInfo } from './04-sources.ts';
import { classifySource, phraseAfter, phraseBefore, skipLeftAdverbs } from './04-sources.ts';
import {
  contentLimit,
  leftContent,
  pollPhrase,
  rightContent,
  skipPunct,
  span,
} from './05-spans.ts';
import { appositiveSubject, invertedSource, mainSubject, reporterBefore } from './05-subjects.ts';
import { BOUNDARY, STRONG_LEMMAS } from './lexicon.ts';

/** One attribution of a sentence, as token ranges (turned into text spans later). */
export interface RawAttribution {
  cue: Cue;
  source: Phrase | null;
  info: SourceInfo | null;
  /** Content as a token range; `last` may equal the sentence length. */
  content: Phrase | null;
  /** The content runs to the left of the cue (so a quote opened earlier may belong to it). */
  contentLeft: boolean;
  /** For a relative pronoun source ("X, who said …"): the phrase it stands for. */
  antecedent?: Phrase | null;
  /** The second part of split content ("A, X said, B"). */
  rest?: Phrase;
}

// Sources that "show" or "find" things: studies, polls, papers, agencies.
const REPORTERS = new Set(['document', 'media', 'organization', 'government']);

// Before a noun phrase these make it a prepositional object, not the subject of the verb after it.
const PREPOSITIONS = new Set(
  'from of in on at by to for about against over under into than between among'.split(' '),
);

/** Finds source and content for each cue of a sentence. */
export function attribute(tokens: Token[], cues: Cue[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (let n = 0; n < cues.length; n++) {
    const cue = cues[n]!;
    const nextCue = cues[n + 1];
    const limit = contentLimit(tokens, cue, nextCue);
    const a = attributeOne(tokens, cue, limit);
    if (!a) continue;
    if (cue.cls === 'report' && cue.shape === 'verb' && !REPORTERS.has(a.info?.type ?? 'other')) {
      const doc = reporterBefore(tokens, cue.first);
      if (doc) {
        a.source = doc;
        a.info = classifySource(tokens, doc, 0);
      }
    }
    // "…, adding that …", "… and then said …": shares the subject of the clause before it.
    const before = tokens[skipLeftAdverbs(tokens, cue.first) - 1];
    const joined = !before || /^(and|but|,|—|–|-)$/.test(before.lower) || isParticiple(tokens, cue);
    if (!a.source && joined && cue.shape === 'verb') {
      const prev = out[out.length - 1];
      const subject = prev?.source ?? mainSubject(tokens, cue.first);
      if (subject) {
        a.source = subject;
        a.info = prev?.source === subject ? prev.info : classifySource(tokens, subject, 0);
      }
    }
    if (!a.source && !a.content) continue;
    // A verb with nobody saying it ("may suggest") is an attribution only for the plain speech verbs.
    if (!a.source && cue.shape === 'verb' && !STRONG_LEMMAS.has(cue.lemma)) continue;
    if (cue.cls === 'cognition' && (!a.source || !a.content || a.contentLeft)) continue;
    // "Clinton says she wants …": a view inside what someone is reported to say is part of that
    // content, not an attribution of the article's own.
    if (cue.cls === 'cognition' && out.some((o) => insideContent(o, cue.first))) continue;
    // Views and stances belong to agents: people, bodies, or a pronoun standing for one.
    // Documents report findings but hold no views: "the bill plans to …" is no attribution.
    if (
      cue.cls === 'cognition' &&
      (a.info?.type === 'other' || a.info?.type === 'document') &&
      !a.info.pronoun
    )
      continue;
    // "the poll shows …" needs a body or document as source; with "that" after it ("He found
    // that …") a finding is reported whoever found it.
    const findingThat = tokens[cue.last]?.lower === 'that';
    if (
      cue.cls === 'report' &&
      (!a.source || !a.content || (!REPORTERS.has(a.info?.type ?? 'other') && !findingThat))
    )
      continue;
    // "The team found its rhythm": without "that" only documents and media find things.
    if (cue.lemma === 'find' && !findingThat && !/^(document|media)$/.test(a.info?.type ?? 'other'))
      continue;
    // "he continued," closes a quote; "hiring continues to …" is no cue.
    if (cue.lemma === 'continue' && !a.contentLeft && !/^[,:]$/.test(tokens[cue.last]?.text ?? ''))
      continue;
    if (a.source && tokens[a.source.first]!.lower === 'you' && a.source.last - a.source.first === 1)
      continue;
    if (
      a.source &&
      a.info?.pronoun &&
      tokens[a.source.first]!.lower === 'you' &&
      cue.cls !== 'speech'
    )
      continue;
    out.push(a);
    if (a.rest) out.push({ ...a, content: a.rest, contentLeft: false, rest: undefined });
  }
  // "Asked …, Putin said …": the verb of saying is the main attribution, the question comes after.
  return [
    ...out.filter((a) => a.cue.shape !== 'asked'),
    ...out.filter((a) => a.cue.shape === 'asked'),
  ];
}

function insideContent(a: RawAttribution, at: number): boolean {
  const c = a.content;
  return Boolean(c && !a.contentLeft && a.cue.cls === 'speech' && c.first <= at && at < c.last);
}

/** An -ing cue with no auxiliary ("…, saying …"): its speaker is the clause's subject. */
function isParticiple(tokens: Token[], cue: Cue): boolean {
  return cue.shape === 'verb' && /ing$/.test(tokens[cue.first]!.lower);
}

function attributeOne(tokens: Token[], cue: Cue, limit: number): RawAttribution | null {
  const make = (
    source: Phrase | null,
    content: Phrase | null,
    contentLeft: boolean,
    antecedent: Phrase | null = null,
  ): RawAttribution => ({
    cue,
    source,
    info: source ? classifySource(tokens, antecedent ?? source, 0) : null,
    content,
    contentLeft,
    antecedent,
  });
  if (cue.shape === 'raising') return make(null, span(tokens, cue.last, limit), false);
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
    if (leading && source)
      return make(source, span(tokens, skipPunct(tokens, source.last), limit), false);
    return make(source, leftContent(tokens, cue.first), true);
  }
  if (cue.shape === 'colon') {
    const source = phraseBefore(tokens, cue.first);
    // The label opens the sentence, perhaps after a quotation mark ("\"PENCE: Well, …").
    if (!source || tokens.slice(0, source.first).some((t) => t.word)) return null;
    return make(source, span(tokens, cue.last, limit), false);
  }
  if (cue.shape === 'lead') {
    const source = phraseBefore(tokens, cue.first);
    return source ? make(source, span(tokens, cue.last, limit), false) : null;
  }
  if (cue.shape === 'noun') {
    let source: Phrase | null = null;
    if (tokens[cue.first - 1]?.lower === "'s") source = phraseBefore(tokens, cue.first - 1);
    return make(source, span(tokens, cue.last, limit), false);
  }
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
    else return make(null, rightContent(tokens, cue, limit), false);
  } else if ((left?.word && !/^(and|but|or)$/.test(left.text)) || left?.text === ')') {
    source = phraseBefore(tokens, leftEnd);
    // "The overtures from Russia offered …": the object of a preposition is no subject.
    const before = source ? tokens[source.first - 1] : undefined;
    if (before && !before.cap && PREPOSITIONS.has(before.lower) && cue.cls !== 'speech')
      source = null;
  }
  // "X, a teacher, said", "X — a teacher — said".
  if (!source && left && /^[,—–]$/.test(left.text)) source = appositiveSubject(tokens, leftEnd - 1);
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

import type { Cue, Phrase, RawAttribution, Token } from '../types.ts';
import { classifySource } from '../phrases/classify.ts';
import { skipLeftAdverbs } from '../phrases/adverbs.ts';
import { reporterBefore } from './inverted.ts';
import { attributeShaped } from './shaped.ts';
import { contentLimit } from './spans.ts';
import { mainSubject } from '../phrases/subjects.ts';
import { attributeVerb, isParticiple } from './verb-source.ts';
import { AGENT_ONLY, NOBODY, STANCE_VERBS, STRONG_LEMMAS } from '../lexicon.ts';
import { bareObject, progressiveOnly } from './stance-objects.ts';

// Sources that "show" or "find" things: studies, polls, papers, agencies.
const REPORTERS = new Set(['document', 'media', 'organization', 'government']);

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
    // "Men under 35 support Sanders": a stance takes a bare name or noun as what it is about.
    if (!a.content && a.source && STANCE_VERBS.has(cue.lemma)) a.content = bareObject(tokens, cue);
    if (!a.source && !a.content) continue;
    // "no-one could predict …", "nobody knows": a negated subject says nothing to attribute.
    if (a.source && isNobody(tokens, a.source)) continue;
    // A verb with nobody saying it ("may suggest") is an attribution only for the plain speech verbs.
    if (!a.source && cue.shape === 'verb' && !STRONG_LEMMAS.has(cue.lemma)) continue;
    if (cue.cls === 'cognition' && (!a.source || !a.content || a.contentLeft)) continue;
    // "Sanders is seeking …" holds a view; "families seeking asylum", "a PAC backing Clinton"
    // only describe who they are: a view in -ing needs its form of "be".
    if (cue.cls === 'cognition' && progressiveOnly(tokens, cue)) continue;
    // "Clinton says she wants …": a view inside what someone is reported to say is part of that
    // content, not an attribution of the article's own.
    if (cue.cls === 'cognition' && out.some((o) => insideContent(o, cue.first))) continue;
    // "The storm pummeled the coast": a figurative verb of speech needs an agent too.
    const figurative = AGENT_ONLY.has(cue.lemma) && cue.shape === 'verb';
    if (figurative && !a.info?.pronoun && /^(other|document)$/.test(a.info?.type ?? 'other'))
      continue;
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

function isNobody(tokens: Token[], p: Phrase): boolean {
  const text = tokens
    .slice(p.first, p.last)
    .map((t) => t.lower)
    .join(' ');
  return NOBODY.has(text);
}

function insideContent(a: RawAttribution, at: number): boolean {
  const c = a.content;
  return Boolean(c && !a.contentLeft && a.cue.cls === 'speech' && c.first <= at && at < c.last);
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
  if (cue.shape !== 'verb' && cue.shape !== 'quoted')
    return attributeShaped(tokens, cue, limit, make);
  return attributeVerb(tokens, cue, limit, make);
}

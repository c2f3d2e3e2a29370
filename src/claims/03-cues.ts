import type { Token } from './02-tokens.ts';
import type { CueClass } from './lexicon.ts';
import {
  CUE_NOUNS,
  CUE_PARTICLES,
  CUE_VERBS,
  NOUNISH_FORMS,
  PARTICLE_ONLY,
  PRONOUNS,
  STRONG_LEMMAS,
} from './lexicon.ts';
import { isSourceWord } from './04-sources.ts';
import { colonCue, goesOnTo, passiveCue, shapeCue } from './03-shapes.ts';

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
  | 'colon' // "Sanders: Brexit's message could …", "TAPPER: And obviously …"
  | 'lead'; // "… - Mark Blumenthal and Jon Cohen: “Although the polls …”"

export interface Cue {
  /** Token range [first, last) of the cue. */
  first: number;
  last: number;
  lemma: string;
  cls: CueClass | 'phrase';
  shape: CueShape;
}

// Verb forms that are nouns or adjectives after a determiner ("the reports", "a warning").
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
// Auxiliaries taken into the cue span ("has said", "had told"), as annotators mark them.
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'did',
  'does',
  'do',
  'is',
  'was',
]);
// Words before a past participle that make it an adjective or passive, not a cue.
const NOT_BEFORE_VERB = new Set(['so', 'so-called', 'been', 'be', 'being', 'to', 'were', 'are']);

// Nouns of stance with the preposition that takes what the stance is about.
const STANCE_NOUNS = new Map<string, string>([
  ['support', 'for'],
  ['opposition', 'to'],
  ['criticism', 'of'],
  ['criticisms', 'of'],
  ['praise', 'for'],
  ['endorsement', 'of'],
  ['attacks', 'on'],
  ['calls', 'for'],
  ['complaints', 'about'],
  ['denunciation', 'of'],
  ['rejection', 'of'],
  ['defense', 'of'],
  ['defence', 'of'],
]);

// Determiners and quantifiers that start a noun phrase: "Some states remained …" is no cue.
const QUANTIFIERS = new Set([
  'some',
  'many',
  'all',
  'most',
  'these',
  'those',
  'such',
  'other',
  'both',
  'few',
  'several',
  'no',
  'the',
  'a',
  'an',
  'this',
  'that',
]);
// Before "called" these keep it a verb of saying ("and called the plan a fraud", "has called").
const CALLED_AFTER = new Set(['and', 'but', 'then', 'also', 'has', 'have', 'had', 'once', 'later']);
// Before an -ing form these make it a gerund ("for telling the truth").
const GERUND_BEFORE = new Set(['for', 'by', 'of', 'about', 'without', 'in', 'on', 'from', 'at']);

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
    const shaped = shapeCue(tokens, i);
    if (shaped) {
      cues.push(shaped);
      i = shaped.last - 1;
      continue;
    }
    // "Trump's opposition to the deal", "Ryan's criticism of the plan": a stance with its owner.
    if (next && STANCE_NOUNS.get(lower) === next.lower && tokens[i - 1]?.lower === "'s") {
      cues.push({ first: i, last: i + 2, lemma: lower, cls: 'speech', shape: 'noun' });
      i++;
      continue;
    }
    if (CUE_NOUNS.has(lower) && isNounCue(tokens, i)) {
      cues.push({ first: i, last: i + 1, lemma: lower, cls: 'speech', shape: 'noun' });
      continue;
    }
    const verb = CUE_VERBS.get(lower);
    if (!verb) continue;
    // Capitalised forms are names or sentence-initial participles ("Asked if …, Putin said"),
    // except an inverted opening ("Said Dorothy Poynter, …").
    // In a Title Case headline ("Sanders Says He Will Stay In The Race") a capitalised speech
    // verb after its capitalised subject is still the verb.
    const headlineVerb =
      headline &&
      i > 0 &&
      tokens[i - 1]!.cap &&
      STRONG_LEMMAS.has(verb.lemma) &&
      !lower.endsWith('ing') &&
      !cues.some((c) => c.shape === 'verb');
    if (t.cap && !headlineVerb && !(i === 0 && (lower === 'said' || lower === 'says'))) continue;
    const prev = tokens[i - 1];
    const passive = passiveCue(tokens, i);
    if (passive) {
      cues.push({ ...passive, lemma: verb.lemma, cls: verb.cls });
      i = passive.last - 1;
      continue;
    }
    // "went on to say": the phrase is the cue.
    const wentOn = goesOnTo(tokens, i);
    if (!wentOn && prev && (DETERMINERS.has(prev.lower) || NOT_BEFORE_VERB.has(prev.lower)))
      continue;
    if (prev && (prev.text === '-' || prev.text === '<' || prev.text === '/')) continue;
    if (prev && GERUND_BEFORE.has(prev.lower) && lower.endsWith('ing')) continue;
    // "a program called Sandy Hook Promise": naming, not saying.
    if (
      lower === 'called' &&
      prev?.word &&
      !prev.cap &&
      !PRONOUNS.has(prev.lower) &&
      !isSourceWord(prev) &&
      !CALLED_AFTER.has(prev.lower) &&
      !/ly$/.test(prev.lower)
    )
      continue;
    // "invasion fears", "Russia's main demands": plural nouns, not verbs; but "a poll out this
    // week shows …" is the verb of the poll before it.
    if (
      NOUNISH_FORMS.has(lower) &&
      !(verb.cls === 'report' && /s$/.test(lower) && findingNounBefore(tokens, i)) &&
      !(
        prev &&
        !QUANTIFIERS.has(prev.lower) &&
        (prev.cap || PRONOUNS.has(prev.lower) || isSourceWord(prev))
      )
    )
      continue;
    let first = wentOn ? i - 3 : i;
    if (prev && AUXILIARIES.has(prev.lower)) first = i - 1;
    let last = i + 1;
    const particles = CUE_PARTICLES.get(verb.lemma);
    if (particles && tokens[last] && particles.includes(tokens[last]!.lower)) last++;
    else if (PARTICLE_ONLY.has(verb.lemma)) continue;
    cues.push({ first, last, lemma: verb.lemma, cls: verb.cls, shape: 'verb' });
  }
  const colon = colonCue(tokens, cues) ?? leadInQuote(tokens, cues);
  if (colon) cues.unshift(colon);
  return cues;
}

// Share of capitalised words (of four letters or more) that makes a line a Title Case headline.
const TITLE_CASE_SHARE = 0.8;

/** A headline in Title Case: nearly every longer word capitalised. */
function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 4 || /^\p{N}/u.test(t.text)) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 3 && caps >= TITLE_CASE_SHARE * long;
}

// Words that may join the capitalised words of a name before a lead-in colon.
const NAME_JOINERS = new Set(['and', 'of', 'de', 'van', 'von', "'s", '’s', '.']);
// Most words in the name before a lead-in colon.
const MAX_LEAD_NAME = 6;

/**
 * "… - Mark Blumenthal and Jon Cohen: “Although …”", "More from Jones: “…”": a name (or "the
 * report"), after a dash or "from", then a colon and a quotation the name stands behind.
 */
function leadInQuote(tokens: Token[], cues: Cue[]): Cue | null {
  for (let i = 2; i < tokens.length - 2; i++) {
    if (tokens[i]!.text !== ':' || tokens[i + 1]!.quote !== 'open') continue;
    if (cues.some((c) => c.first < i && i < c.last)) continue;
    let k = i - 1;
    while (
      k >= 0 &&
      i - k <= MAX_LEAD_NAME &&
      (tokens[k]!.cap || NAME_JOINERS.has(tokens[k]!.lower))
    )
      k--;
    const before = tokens[k];
    const named = k < i - 1 && tokens[k + 1]!.cap;
    const report = tokens[i - 1]!.lower === 'report' && tokens[i - 2]!.lower === 'the';
    if (report) k = i - 3;
    const opener = tokens[k];
    if (!(named || report) || !opener) continue;
    if (
      /^[-—–]$/.test(opener.text) ||
      opener.lower === 'from' ||
      (before && !before.word && k === 0)
    )
      return { first: i, last: i + 1, lemma: ':', cls: 'speech', shape: 'lead' };
  }
  return null;
}

// Nouns whose verb "shows"/"finds" reports a finding ("a new poll of voters shows …").
const FINDING_NOUNS = new Set(
  'poll polls survey surveys study studies report analysis data records video footage review examination audit research'.split(
    ' ',
  ),
);
// How far back the finding noun may stand from its verb ("a poll out this week shows").
const FINDING_WINDOW = 6;

function findingNounBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.word || QUANTIFIERS.has(prev.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - FINDING_WINDOW); k--) {
    const t = tokens[k]!;
    if (FINDING_NOUNS.has(t.lower)) return true;
    if (!t.word && t.text !== '-' && t.text !== '/') return false;
  }
  return false;
}

/** "quoted by the Interfax news agency as saying": the index of "saying", or -1. */
function findAsSaying(tokens: Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length - 1, from + 12); j++) {
    if (tokens[j]!.lower === 'as' && tokens[j + 1]!.lower === 'saying') return j + 1;
  }
  return -1;
}

/** A cue noun introduces content: "claims that", "the ministry's statement:". */
function isNounCue(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.lower !== 'that' && next.text !== ':') return false;
  // "Russia claims that …" is a verb; "Russia's claims that …" and "the statement that …" nouns.
  const prev = tokens[i - 1];
  if (!CUE_VERBS.has(tokens[i]!.lower)) return true;
  return Boolean(prev && (DETERMINERS.has(prev.lower) || prev.lower === "'s"));
}

import type { Attribution, SourceSpan } from '../../model/claim.ts';
import { CUE_VERBS } from '../lexicon.ts';
import worth from '../lexicon/worth.json';
import type { Token } from '../types.ts';
import model from './worth-model.json';

/**
 * Check-worthiness: is the sentence a checkable statement of fact (numbers, events, causes,
 * records, what someone did or said), or a view, a promise, a question, a courtesy? Each feature
 * is general evidence one way or the other; their weights are a logistic model fitted on
 * ClaimBuster's debate sentences (`npm run fit:checkworthy`), so a sentence is weighed whole
 * rather than flagged by the first verb ending in -ed.
 */

// Pattern features, English data in lexicon/worth.json (another language brings its own file).
const PATTERN_FEATURES = [
  'numberWords',
  'quantity',
  'change',
  'record',
  'cause',
  'law',
  'opinion',
  'evaluation',
  'obligation',
  'promise',
  'address',
  'firstPerson',
  'pleasantry',
  'rhetorical',
  'conditional',
  'comparison',
  'perfect',
  'existential',
  'we',
  'negation',
  'time',
  'money',
  'modal',
  'future',
  'emphasis',
  'vague',
] as const;

/** Every feature the model weighs, in the order of its weights. */
export const WORTH_FEATURES = [
  ...PATTERN_FEATURES,
  'digit',
  'named',
  'past',
  'short',
  'medium',
  'long',
] as const;
export type WorthFeature = (typeof WORTH_FEATURES)[number];

// "I", "we", "you" (also "I'd", "we've", "my") as the source: the speaker's own view, not a
// report of what someone said.
const SPEAKER = /^(i|we|you|me|us|my|our|your)(['’](m|re|ve|ll|d))?$/i;
// A sentence this short (in words) states little that can be checked ("That's not right.").
const SHORT_WORDS = 6;
// From this many words a sentence has room for particulars (a band of its own: short ones are
// courtesies and retorts, long ones name who, when and how much).
const MEDIUM_WORDS = 12;
// A sentence this long (in words) usually carries particulars: who, when, how much.
const LONG_WORDS = 20;
const IRREGULAR_PAST = new Set(worth.irregularPast);

// The patterns are ASCII words (and ’): no `u` flag, which with `i` takes V8 off its fast path
// (the 32 features cost 5 times as much with it). Case matters for "I" against "i".
const PATTERNS = new Map(
  PATTERN_FEATURES.map((f) => [
    f,
    new RegExp(worth[f], f === 'opinion' || f === 'promise' || f === 'firstPerson' ? '' : 'i'),
  ]),
);

/** A cue of holding a view ("wants", "believes", "don't think") rather than of saying. */
function isViewCue(cue: string): boolean {
  return cue
    .toLowerCase()
    .split(/\s+/)
    .some((w) => CUE_VERBS.get(w)?.cls === 'cognition');
}

// A view held by unnamed people ("A slim majority of Democrats support …") is a finding about
// them, not one person's opinion: "he", "they" or a name hold a view, a share of voters reports one.
// A plural with no share in it ("Parents feel", "some think") is the speaker's view of people.
function isShareOfPeople(source: SourceSpan): boolean {
  return !source.named && !PERSONAL.test(source.text) && SHARE.test(source.text);
}
const SHARE = new RegExp(worth.share, 'i');
const PERSONAL = /^(he|she|they|it|him|her|them)$/i;

/**
 * What someone else said or did, reported with its source ("officials said", "reportedly"), is
 * a claim as it stands. The speaker's own lines ("I think", "we believe"), views held by others
 * ("he wants", "they believe") and unsourced sentences are weighed.
 */
export function reportedByOthers(attributions: Attribution[], weasel: boolean): boolean {
  return (
    weasel ||
    attributions.some(
      (a) =>
        a.source &&
        !SPEAKER.test(a.source.text) &&
        (!isViewCue(a.cue.text) || isShareOfPeople(a.source)),
    )
  );
}

export interface WorthInput {
  text: string;
  tokens: Token[];
  attributions: Attribution[];
  hedged: boolean;
}

/** The features of a sentence, each 0 or 1, in `WORTH_FEATURES` order. */
export function worthFeatures(input: WorthInput): number[] {
  const { text, tokens } = input;
  const words = tokens.filter((t) => t.word);
  const on: Record<WorthFeature, boolean> = {
    ...(Object.fromEntries(PATTERN_FEATURES.map((f) => [f, PATTERNS.get(f)!.test(text)])) as Record<
      (typeof PATTERN_FEATURES)[number],
      boolean
    >),
    digit: /\p{N}/u.test(text),
    named: words.slice(1).some((t) => t.cap && t.text !== 'I' && !/^I['’]/.test(t.text)),
    past: words.some(
      (t) => !t.cap && (IRREGULAR_PAST.has(t.lower) || /[^e]ed$|ied$/.test(t.lower)),
    ),
    short: words.length <= SHORT_WORDS,
    medium: words.length >= MEDIUM_WORDS && words.length < LONG_WORDS,
    long: words.length >= LONG_WORDS,
  };
  return WORTH_FEATURES.map((f) => (on[f] ? 1 : 0));
}

/** The model's probability that a sentence with these features is worth checking. */
export function worthScore(x: readonly number[]): number {
  let s = model.bias;
  x.forEach((v, j) => (s += model.weights[j]! * ((v - model.mean[j]!) / model.scale[j]!)));
  return 1 / (1 + Math.exp(-s));
}

/** At or above this probability a sentence is a claim; fitted with the weights (best F1). */
export const WORTH_THRESHOLD = model.threshold;

// The reason each feature gives when it decides, in the words the rest of the analysis uses.
const REASON: Record<WorthFeature, string> = {
  numberWords: 'number',
  digit: 'number',
  quantity: 'quantity',
  change: 'change',
  record: 'record',
  cause: 'cause',
  law: 'law',
  past: 'event',
  named: 'named',
  opinion: 'opinion',
  evaluation: 'evaluation',
  obligation: 'obligation',
  promise: 'promise',
  address: 'address',
  firstPerson: 'first-person',
  pleasantry: 'pleasantry',
  rhetorical: 'rhetorical',
  conditional: 'conditional',
  short: 'short',
  long: 'particulars',
  comparison: 'comparison',
  perfect: 'event',
  existential: 'existence',
  we: 'we',
  negation: 'negation',
  time: 'time',
  money: 'number',
  modal: 'hypothetical',
  future: 'future',
  emphasis: 'emphasis',
  vague: 'vague',
  medium: 'particulars',
};

/**
 * The features that speak for (`claim`) and against (`none`) checking the sentence, as reasons:
 * those that are on and whose weight points that way.
 */
export function worthReasons(x: readonly number[]): { claim: string[]; none: string[] } {
  const claim = new Set<string>();
  const none = new Set<string>();
  WORTH_FEATURES.forEach((f, j) => {
    if (!x[j]) return;
    if (model.weights[j]! > 0) claim.add(REASON[f]);
    else if (model.weights[j]! < 0) none.add(REASON[f]);
  });
  return { claim: [...claim], none: [...none] };
}

/** Features that mark a non-claim class: a view, a duty, a promise, an address, a courtesy. */
export const WORTH_MARKERS: ReadonlySet<WorthFeature> = new Set<WorthFeature>([
  'opinion',
  'evaluation',
  'obligation',
  'promise',
  'address',
  'firstPerson',
  'pleasantry',
  'rhetorical',
  'conditional',
  'we',
]);

/**
 * Features that are checkable content on their own: quantities, changes, records, causes, laws,
 * past events. A bare past ("It was a glorious day.") is among them: leaving it to the model gains
 * 0.006 F1 on the debates but unflags about 1 % of news sentences, half of them facts ("He did
 * not have a weapon on him at the time.").
 */
export const WORTH_EVIDENCE: ReadonlySet<WorthFeature> = new Set<WorthFeature>([
  'numberWords',
  'digit',
  'quantity',
  'change',
  'record',
  'cause',
  'law',
  'comparison',
  'past',
  'perfect',
]);

/**
 * No marker of a non-claim class and something checkable in it: a claim whatever the model's
 * score, so a plain news sentence ("The bridge collapsed after the storm.") keeps its flag.
 */
export function claimAsItStands(x: readonly number[]): boolean {
  const has = (set: ReadonlySet<WorthFeature>) => WORTH_FEATURES.some((f, j) => x[j] && set.has(f));
  return !has(WORTH_MARKERS) && has(WORTH_EVIDENCE);
}

// A forecast by someone other than the speaker ("The talks will resume", "is expected to"):
// outside the model, whose debate data reads "will" as a promise, but a claim in the news.
const PREDICTION = new RegExp(worth.prediction, 'i');

/**
 * Weighs a sentence no rule has ruled out. At or above the threshold it is a claim, with the
 * reasons that speak for it. Below it, it is still a claim when nothing marks it as a view, a
 * promise, a duty, an address or a courtesy and something checkable is in it ("The bridge
 * collapsed after the storm."); otherwise no claim, with the reasons against it (`trivial` when
 * there is simply nothing to check).
 */
export function weighWorth(input: WorthInput): { worth: string[]; nonClaim: string[] } {
  const x = worthFeatures(input);
  const { claim, none } = worthReasons(x);
  const forecast = !x[WORTH_FEATURES.indexOf('promise')] && PREDICTION.test(input.text);
  if (forecast) claim.push('prediction');
  const unmarked = !WORTH_FEATURES.some((f, j) => x[j] && WORTH_MARKERS.has(f));
  if (worthScore(x) >= WORTH_THRESHOLD || (unmarked && forecast) || claimAsItStands(x))
    return { worth: claim.length ? claim : ['assertion'], nonClaim: [] };
  return { worth: [], nonClaim: none.length ? none : ['trivial'] };
}

import cues from './lexicon/cues.json';
import hedges from './lexicon/hedges.json';
import sources from './lexicon/sources.json';
import text from './lexicon/text.json';

/** How a cue verb reports: speech ("said"), cognition ("believes"), or findings ("the study found"). */
export type CueClass = 'speech' | 'cognition' | 'report';

export interface VerbEntry {
  lemma: string;
  cls: CueClass;
}

function verbMap(): Map<string, VerbEntry> {
  const map = new Map<string, VerbEntry>();
  for (const cls of ['speech', 'cognition', 'report'] as const) {
    for (const [lemma, forms] of Object.entries(cues[cls] as Record<string, string[]>)) {
      for (const form of forms) if (!map.has(form)) map.set(form, { lemma, cls });
    }
  }
  return map;
}

/** Inflected cue verb → lemma and class. */
export const CUE_VERBS = verbMap();
/** Lemmas whose addressee follows the verb ("told reporters that …"). */
export const OBJECT_VERBS = new Set(cues.object);
/** Particles that belong to a cue ("pointed out", "called for"). */
export const CUE_PARTICLES = new Map(Object.entries(cues.particles as Record<string, string[]>));
export const CUE_NOUNS = new Set(cues.nouns);
export const NOUNISH_FORMS = new Set(cues.nounish);
/** Lemmas that are cues even when no source is found for them. */
export const STRONG_LEMMAS = new Set(cues.strong);

export const PRONOUNS = new Map(Object.entries(sources.pronouns as Record<string, string>));
export const ANONYMOUS_HEADS = new Set(sources.anonymous);
export const ANONYMOUS_MODIFIERS = new Set(sources.anonymousModifiers);
export const ANONYMOUS_PHRASES = sources.anonymousPhrases;
export const GOVERNMENT_HEADS = new Set(sources.government);
export const ORGANIZATION_HEADS = new Set(sources.organization);
export const MEDIA_HEADS = new Set(sources.media);
export const MEDIA_NAMES = new Set(sources.mediaNames);
export const DOCUMENT_HEADS = new Set(sources.document);
export const PERSON_HEADS = new Set(sources.person);
export const PLACES = new Set(sources.places);
export const TITLES = new Set(sources.titles);
/** Phrases that name no one ("no-one", "nobody"): never a source. */
export const NOBODY = new Set(sources.nobody);

export const HEDGE_MODALS = new Set(hedges.modals);
export const HEDGE_WORDS = new Set(hedges.words);
export const HEDGE_PHRASES = hedges.phrases;
export const ANONYMOUS_HEDGES = hedges.anonymous;
export const AGENTLESS_PARTICIPLES = new Set(hedges.agentless);
export const PERCEIVING_PARTICIPLES = new Set(hedges.perceiving);

export const BOUNDARY = new Set(text.boundary);
export const NP_INNER = new Set(text.npInner);
export const ADVERBS = new Set(text.adverbs);
export const TIME_WORDS = new Set(text.time);
/** Lemmas that are cues only with their particle ("talked about", "spoke of"). */
export const PARTICLE_ONLY = new Set(cues.particleOnly);
/** "seemed to", "appears that": a view reported with no one named. */
export const RAISING = new Set(cues.raising);
/** "is expected to", "are widely seen as": participles that report a view after a form of be. */
export const RAISING_PASSIVE = new Set(cues.raisingPassive);
/** "made the case", "issued a statement", "took a swipe": a light verb and a noun of speech. */
export const LIGHT_VERBS = new Set(cues.lightVerbs);
export const LIGHT_NOUNS = new Set(cues.lightNouns);
/** Irregular finite verbs ("took", "went") that end a noun phrase as "-ed" forms do. */
export const FINITE_VERBS = new Set(text.finiteVerbs);
/** Words of a colon label that name no speaker ("Editor's note:", "Breaking:", "The result:"). */
export const NOT_SPEAKER_LABELS = new Set(cues.notSpeakerLabels);
/** Nouns whose verb "shows"/"finds" reports a finding ("a new poll of voters shows …"). */
export const FINDING_NOUNS = new Set(cues.findingNouns);
/** Forms that are verbs only before "that" or a colon ("Western states" is a noun). */
export const VERB_ONLY_WITH_THAT = new Set(cues.verbOnlyWithThat);
/** Verbs that report a poll group's view after a share ("41 percent would choose …"). */
export const GROUP_VERBS = new Set(cues.groupVerbs);
/** Number words, alone or joined by a hyphen ("forty-one"), for shares of people. */
export const NUMBER_WORDS = new Set(text.numberWords);
/** Nouns of stance with the preposition that takes what the stance is about. */
export const STANCE_NOUNS = new Map(Object.entries(cues.stanceNouns as Record<string, string>));
/** Auxiliaries taken into the cue span ("has said", "had told"), as annotators mark them. */
export const AUXILIARIES = new Set(cues.auxiliaries);
/** Verbs of stance that take a bare object as what the stance is about ("support Sanders"). */
export const STANCE_VERBS = new Set(cues.stanceVerbs);
/** Adjectives of attitude with the words that take what it is about ("critical of"). */
export const STANCE_ADJECTIVES = new Map(
  Object.entries(cues.stanceAdjectives as Record<string, string[]>),
);
/** Nouns of a frame that makes the sentence somebody's view ("in Bolton's view"). */
export const FRAME_NOUNS = new Set(cues.frameNouns);
/** "in support of", "in opposition to": stance nouns with the preposition after them. */
export const STANCE_PHRASES = new Map(Object.entries(cues.stancePhrases as Record<string, string>));
/** "won support from", "drew criticism from": stance nouns received from their holders. */
export const RECEIVED_STANCE = new Set(cues.receivedStance);
export const RECEIVING_VERBS = new Set(cues.receivingVerbs);
/** Verbs that take a "that" clause without reporting a view ("means that", "requires that"). */
export const NOT_THAT_VERBS = new Set(cues.notThatVerbs);
/** Figurative speech verbs that need an agent subject ("Trump knocked Rubio", not "a blast"). */
export const AGENT_ONLY = new Set(cues.agentOnly);

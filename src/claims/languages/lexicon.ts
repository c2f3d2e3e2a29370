import de from './de.json';
import es from './es.json';
import fr from './fr.json';

/** The languages whose claims are analysed with their own lexicon (English has its own stages). */
export type ClaimLanguage = 'de' | 'fr' | 'es';
export const CLAIM_LANGUAGES: readonly ClaimLanguage[] = ['de', 'fr', 'es'];

/** A word class: whole words, plus endings that mark German compounds ("Innenministerin"). */
export interface WordClass {
  words: ReadonlySet<string>;
  suffixes: readonly string[];
}

/** One language's lexicon, compiled for look-ups (see the JSON files for what each list holds). */
export interface Lexicon {
  lang: ClaimLanguage;
  stopwords: ReadonlySet<string>;
  cueVerbs: ReadonlySet<string>;
  /** Verb phrases that cue like one verb ("dio a conocer que", "fait savoir"), longest first. */
  cuePhrases: readonly (readonly string[])[];
  /** German separable verbs and the particles that may close their clause ("teilte … mit"). */
  cueNeedsParticle: ReadonlyMap<string, readonly string[]>;
  participles: ReadonlySet<string>;
  /** Verbs that report what a document says, only with a document as subject ("la ley establece"). */
  documentVerbs: ReadonlySet<string>;
  documentParticiples: ReadonlySet<string>;
  /** Verbs that report speech only before a reported clause ("defendió que", "bedauerte, dass"). */
  thatVerbs: ReadonlySet<string>;
  thatParticiples: ReadonlySet<string>;
  /** An infinitive, a reported clause of its own after a verb ("aseguró haber visto"); none in German. */
  infinitive: RegExp | null;
  auxiliaries: ReadonlySet<string>;
  invertedAuxiliaries: ReadonlySet<string>;
  /** Token sequences before a source, longest first. */
  prepositions: readonly (readonly string[])[];
  prepositionNeedsAnonymous: ReadonlySet<string>;
  /** Heads of prepositions that attribute only opening a clause ("De l'avis de X, …", not "se passer de l'avis de"). */
  prepositionOpensClause: ReadonlySet<string>;
  prepositionNeedsPerson: ReadonlySet<string>;
  postpositions: ReadonlySet<string>;
  trailing: ReadonlySet<string>;
  impersonal: readonly (readonly string[])[];
  skip: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  genericPronouns: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  /** Prepositions: a phrase right after one is their object, not a verb's subject. */
  governing: ReadonlySet<string>;
  roles: WordClass;
  government: WordClass;
  organization: WordClass;
  media: WordClass;
  /** Documents: reports, statements, data, and the laws below. */
  document: WordClass;
  /** Laws, bills, rulings: their verbs state provisions, a claim only before a clause ("la ley establece que"). */
  laws: WordClass;
  anonymous: WordClass;
  anonymousModifiers: ReadonlySet<string>;
  /** Hedges as token sequences ("al parecer" is two tokens). */
  hedges: readonly (readonly string[])[];
  hedgePairs: readonly { first: ReadonlySet<string>; then: ReadonlySet<string> }[];
  subjunctive: ReadonlySet<string>;
  subjunctiveBlockers: ReadonlySet<string>;
  numberWords: ReadonlySet<string>;
  finiteVerbs: ReadonlySet<string>;
  finitePatterns: readonly RegExp[];
  byline: readonly RegExp[];
  boilerplate: readonly RegExp[];
  /** Forms of "to be": a profile line's verb ("Andrés Malamud es politólogo"), no quoting verb. */
  copulas: ReadonlySet<string>;
  /** Endings of profession nouns beyond the role list ("politólogo", "historien", "Politologe"). */
  professionPattern: RegExp;
  /** "nach eigenen Angaben": phrases that credit the sentence's own subject. */
  selfAttribution: readonly (readonly string[])[];
  /** Clitics that turn a speech verb reflexive or passive ("se negó el asilo"). */
  cueBlockedAfter: ReadonlySet<string>;
  gender: GenderMarks;
  /** Words before a day or time that a cue and its subject may stand around ("este lunes", "am Montag"). */
  timeDeterminers: ReadonlySet<string>;
  /** "arguant que", "asegurando que": a gerund before "que" cues for the sentence's subject. */
  gerundCues: readonly (readonly string[])[];
  /** "Aus dem Bericht geht hervor, dass": a verb and particle whose source is a preposition's object. */
  prepositionSourceVerbs: readonly {
    verbs: ReadonlySet<string>;
    particle: string;
    preposition: string;
  }[];
}

export type Gender = 'm' | 'f';

/** What tells a speaker's grammatical gender, so "elle" does not take a male speaker. */
export interface GenderMarks {
  pronouns: ReadonlyMap<string, Gender>;
  /** First words of a phrase that mark it ("la", "une", "Frau"). */
  feminine: ReadonlySet<string>;
  masculine: ReadonlySet<string>;
  /** Endings of a role word in the feminine ("Ministerin", "directrice", "ministra"). */
  feminineRoleSuffixes: readonly string[];
  /** The gender of a role word without a feminine ending: German "Sprecher" is male. */
  roleDefault: Gender | null;
}

type Raw = typeof de;

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const cls = (words: readonly string[], suffixes: readonly string[] = []): WordClass => ({
  words: set(words),
  suffixes,
});
const phrases = (list: readonly string[]): string[][] => list.map((p) => p.split(' '));

/** A French or Spanish noun's plural ("syndicats", "sindicatos", "hôpitaux", "autoridades"). */
function pluralOf(lang: ClaimLanguage, w: string): string | null {
  if (lang === 'de' || w.includes(' ')) return null;
  if (lang === 'es') return /[aeiouáéó]$/.test(w) ? `${w}s` : w.endsWith('z') ? null : `${w}es`;
  if (/[sxz]$/.test(w)) return null;
  if (w.endsWith('al')) return `${w.slice(0, -2)}aux`;
  return w.endsWith('eau') ? `${w}x` : `${w}s`;
}

/** Bodies and roles are often plural ("les syndicats", "los técnicos"): their classes take the plurals. */
const withPlurals = (lang: ClaimLanguage, words: readonly string[]): string[] => [
  ...words,
  ...words.map((w) => pluralOf(lang, w)).filter((w): w is string => w !== null),
];
const byLength = <T extends readonly string[]>(list: T[]): T[] =>
  [...list].sort((a, b) => b.length - a.length);

function compile(raw: Raw): Lexicon {
  const lang = raw.lang as ClaimLanguage;
  return {
    lang,
    stopwords: set(raw.stopwords),
    cueVerbs: set(raw.cueVerbs),
    cuePhrases: byLength(phrases(raw.cuePhrases)),
    cueNeedsParticle: new Map(
      Object.entries(raw.cueNeedsParticle as Record<string, string | string[]>).map(([k, v]) => [
        k,
        typeof v === 'string' ? [v] : v,
      ]),
    ),
    participles: set(raw.participles),
    documentVerbs: set(raw.documentVerbs),
    documentParticiples: set(raw.documentParticiples),
    thatVerbs: set(raw.thatVerbs),
    thatParticiples: set(raw.thatParticiples),
    infinitive: raw.infinitive ? new RegExp(raw.infinitive, 'u') : null,
    auxiliaries: set(raw.auxiliaries),
    invertedAuxiliaries: set((raw as { invertedAuxiliaries?: string[] }).invertedAuxiliaries ?? []),
    prepositions: byLength(raw.prepositions),
    prepositionNeedsAnonymous: set(raw.prepositionNeedsAnonymous),
    prepositionOpensClause: set(raw.prepositionOpensClause),
    prepositionNeedsPerson: set(
      (raw as { prepositionNeedsPerson?: string[] }).prepositionNeedsPerson ?? [],
    ),
    postpositions: set(raw.postpositions),
    trailing: set(raw.trailing),
    impersonal: byLength(raw.impersonal),
    skip: set(raw.skip),
    definite: set(raw.determinersDefinite),
    indefinite: set(raw.determinersIndefinite),
    possessives: set(raw.possessives),
    pronouns: set(raw.pronouns),
    genericPronouns: set(raw.genericPronouns),
    connectors: set(raw.connectors),
    governing: set(raw.governing),
    roles: cls(withPlurals(lang, raw.personRoles), raw.personRoleSuffixes),
    government: cls(withPlurals(lang, raw.government), raw.governmentSuffixes),
    organization: cls(withPlurals(lang, raw.organization), raw.organizationSuffixes),
    media: cls(raw.media, raw.mediaSuffixes),
    document: cls([...raw.document, ...raw.laws], [...raw.documentSuffixes, ...raw.lawSuffixes]),
    laws: cls(raw.laws, raw.lawSuffixes),
    anonymous: cls(raw.anonymous, raw.anonymousSuffixes),
    anonymousModifiers: set(raw.anonymousModifiers),
    hedges: byLength(phrases(raw.hedges)),
    hedgePairs: raw.hedgePairs.map((p) => ({ first: set(p.first), then: set(p.then) })),
    subjunctive: set(raw.subjunctive),
    subjunctiveBlockers: set(raw.subjunctiveBlockers),
    numberWords: set(raw.numberWords),
    finiteVerbs: set(raw.finiteVerbs),
    finitePatterns: raw.finitePatterns.map((p) => new RegExp(p, 'u')),
    byline: raw.byline.map((p) => new RegExp(p, 'iu')),
    boilerplate: raw.boilerplate.map((p) => new RegExp(p, 'iu')),
    copulas: set(raw.copulas),
    professionPattern: new RegExp(raw.professionPattern, 'u'),
    selfAttribution: byLength(phrases(raw.selfAttribution)),
    cueBlockedAfter: set(raw.cueBlockedAfter),
    timeDeterminers: set(raw.timeDeterminers),
    gerundCues: byLength(phrases(raw.gerundCues)),
    prepositionSourceVerbs: (
      raw.prepositionSourceVerbs as { verbs: string[]; particle: string; preposition: string }[]
    ).map((v) => ({ ...v, verbs: set(v.verbs) })),
    gender: {
      pronouns: new Map(Object.entries(raw.gender.pronouns) as [string, Gender][]),
      feminine: set(raw.gender.feminine),
      masculine: set(raw.gender.masculine),
      feminineRoleSuffixes: raw.gender.feminineRoleSuffixes,
      roleDefault: (raw.gender.roleDefault as Gender | null) ?? null,
    },
  };
}

const LEXICONS: Record<ClaimLanguage, Lexicon> = {
  de: compile(de),
  fr: compile(fr as unknown as Raw),
  es: compile(es as unknown as Raw),
};

export function lexiconFor(lang: ClaimLanguage): Lexicon {
  return LEXICONS[lang];
}

// A compound must keep this many letters in front of a suffix ("Innen|ministerin").
const MIN_COMPOUND_HEAD = 3;

/** Whether a lower-case word belongs to a class, whole or (German) as a compound's tail. */
export function inClass(c: WordClass, word: string): boolean {
  if (c.words.has(word)) return true;
  for (const s of c.suffixes) {
    if (word.length >= s.length + MIN_COMPOUND_HEAD && word.endsWith(s)) return true;
  }
  return false;
}

// French elided articles and pronouns ("l'Elysée", "qu'il") are looked up without them.
const ELISION = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'(?=\p{L})/u;

/** The look-up key of a lower-case token: French elisions stripped. */
export function keyOf(lower: string): string {
  // Most tokens have no apostrophe: skip the pattern for them (it runs for every token).
  if (!lower.includes("'")) return lower;
  return ELISION.test(lower) ? lower.replace(ELISION, '') : lower;
}

type Sequences = readonly (readonly string[])[];
const BY_FIRST = new WeakMap<Sequences, ReadonlyMap<string, Sequences>>();

/** A list of token sequences grouped by first word (longest first kept), built once per list. */
function byFirst(list: Sequences): ReadonlyMap<string, Sequences> {
  let index = BY_FIRST.get(list);
  if (!index) {
    const m = new Map<string, (readonly string[])[]>();
    for (const seq of list) {
      const first = seq[0];
      if (first !== undefined) m.set(first, [...(m.get(first) ?? []), seq]);
    }
    BY_FIRST.set(list, (index = m));
  }
  return index;
}

/**
 * Length of the first (longest) listed sequence starting at token `i`, or 0. A word matches as
 * written or by its key ("l'Elysée" as "elysée").
 */
export function sequenceAt(
  list: Sequences,
  tokens: readonly { lower: string }[],
  i: number,
): number {
  const t = tokens[i];
  if (!t) return 0;
  const index = byFirst(list);
  const k = keyOf(t.lower);
  const candidates = [
    ...(index.get(t.lower) ?? []),
    ...(k !== t.lower ? (index.get(k) ?? []) : []),
  ];
  let best = 0;
  outer: for (const seq of candidates) {
    if (seq.length <= best) continue;
    for (let j = 1; j < seq.length; j++) {
      const w = tokens[i + j];
      if (!w || (w.lower !== seq[j] && keyOf(w.lower) !== seq[j])) continue outer;
    }
    best = seq.length;
  }
  return best;
}

/** The elided word in front of a token ("qu" of "qu'il"), or null. */
export function elidedOf(lower: string): string | null {
  const m = ELISION.exec(lower);
  return m ? m[1]! : null;
}

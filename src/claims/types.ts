// Types the claims stages share. Stages import them from here, never from another stage's entry
// file, so a stage never depends on a later one.
import type { SourceType } from '../model/claim.ts';
import type { CueClass } from './lexicon.ts';

/** A half-open range of UTF-16 offsets into the article text. */
export interface Range {
  start: number;
  end: number;
}

/** A word, number or punctuation mark of a sentence; offsets are into the article text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes made straight, for lexicon look-ups. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word or number (not punctuation). */
  word: boolean;
  /** An opening or closing quotation mark. */
  quote: 'open' | 'close' | 'ambiguous' | null;
}

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

/** A noun phrase as a token range [first, last). */
export interface Phrase {
  first: number;
  last: number;
}

export interface SourceInfo {
  type: SourceType;
  named: boolean;
  pronoun: boolean;
  /** A definite short reference ("the ministry", "the spokesman") worth resolving. */
  shortRef: boolean;
  head: string;
}

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

/** Builds an attribution of the cue being attributed (classifying its source). */
export type Make = (
  source: Phrase | null,
  content: Phrase | null,
  contentLeft: boolean,
  antecedent?: Phrase | null,
) => RawAttribution;

import type { SourceType } from '../../model/claim.ts';
import type { Token } from '../types.ts';
import type { Lexicon } from './lexicon.ts';
import { inClass, keyOf } from './lexicon.ts';

/** A source phrase found next to a cue: token indices [from, to) and what it is. */
export interface SourcePhrase {
  from: number;
  to: number;
  type: SourceType;
  named: boolean;
  anonymous: boolean;
  pronoun: boolean;
}

// Longest source phrase read ("der Sprecher des Bundesministeriums des Innern und für Heimat").
const MAX_PHRASE_TOKENS = 10;
// Lower-case adjectives allowed between a determiner and its noun ("le nouveau ministre").
const MAX_PRE_ADJECTIVES = 2;

type Part = 'det' | 'head' | 'name' | 'link' | 'modifier';

/** What one token can be inside a source phrase, or null when it ends the phrase. */
function partOf(lex: Lexicon, t: Token): Part | null {
  // Quotation marks around a title ("der „Spiegel“") stay inside the phrase.
  if (t.quote) return 'link';
  if (!t.word) return null;
  const k = keyOf(t.lower);
  if (lex.skip.has(k) && !lex.definite.has(k) && !lex.connectors.has(k)) return null;
  if (lex.definite.has(t.lower) || lex.indefinite.has(k) || lex.possessives.has(k)) return 'det';
  if (lex.connectors.has(t.lower) || lex.connectors.has(k)) return 'link';
  if (isHead(lex, k)) return 'head';
  if (lex.anonymousModifiers.has(k)) return 'modifier';
  if (isCapital(t) && !lex.stopwords.has(k) && !lex.cueVerbs.has(k) && !lex.finiteVerbs.has(k))
    return 'name';
  if (/^\p{N}/u.test(t.text)) return null;
  return null;
}

/** The phrase's last token closes a quotation mark the phrase opened ("der „Spiegel“"). */
function closesQuote(tokens: readonly Token[], from: number, end: number): boolean {
  const last = tokens[end - 1]!;
  if (last.quote !== 'close' && last.quote !== 'ambiguous') return false;
  return tokens.slice(from, end - 1).some((t) => t.quote === 'open' || t.quote === 'ambiguous');
}

// "d'Orsay", "l'Elysée": the capital comes after the elided article.
function isCapital(t: Token): boolean {
  if (t.cap) return true;
  const at = t.text.search(/['’]/);
  return at > 0 && at <= 5 && /^\p{Lu}/u.test(t.text.slice(at + 1));
}

function isHead(lex: Lexicon, k: string): boolean {
  return (
    inClass(lex.roles, k) ||
    inClass(lex.government, k) ||
    inClass(lex.organization, k) ||
    inClass(lex.media, k) ||
    inClass(lex.document, k) ||
    inClass(lex.anonymous, k)
  );
}

/** The source phrase that starts at token `i` (after a cue or a preposition), or null. */
export function phraseAfter(
  lex: Lexicon,
  tokens: readonly Token[],
  i: number,
): SourcePhrase | null {
  const first = tokens[i];
  if (!first) return null;
  const k = keyOf(first.lower);
  if (first.lower !== k && !lex.definite.has(first.lower.slice(0, 2))) {
    // "qu'il", "s'est": an elided conjunction or pronoun opens a clause, not a source.
    if (!/^[ld]'/.test(first.lower)) return null;
  }
  if (lex.pronouns.has(k)) return classify(lex, tokens, i, i + 1);
  let end = i;
  let lastContent = -1;
  let adjectives = 0;
  let sawHead = false;
  for (let j = i; j < tokens.length && j - i < MAX_PHRASE_TOKENS; j++) {
    const t = tokens[j]!;
    let part = partOf(lex, t);
    // "le nouveau ministre": a lower-case word right after the determiner, before the noun.
    if (!part && t.word && !t.cap && !sawHead && j > i && adjectives < MAX_PRE_ADJECTIVES) {
      const next = tokens[j + 1];
      if (next && partOf(lex, next) && partOf(lex, next) !== 'link') {
        part = 'modifier';
        adjectives++;
      }
    }
    // "le ministre français des Affaires étrangères": an adjective after the noun, before its complement.
    if (
      !part &&
      lex.lang !== 'de' &&
      t.word &&
      !t.cap &&
      sawHead &&
      isCapital(tokens[j - 1]!) &&
      j - 1 > i
    ) {
      // "des Affaires étrangères": a lower-case word completes a name of several words.
      const prev2 = tokens[j - 2];
      const p2 = prev2 ? partOf(lex, prev2) : null;
      const k = keyOf(t.lower);
      const plain = !lex.governing.has(k) && !lex.stopwords.has(k);
      if ((p2 === 'link' || p2 === 'det') && plain) part = 'name';
    }
    // "la Cour des comptes": a lower-case word after a link closes a name that began capitalised.
    const before2 = tokens[j - 2];
    if (
      !part &&
      lex.lang !== 'de' &&
      t.word &&
      !t.cap &&
      before2 &&
      isCapital(before2) &&
      j - 2 >= i
    ) {
      const linked = partOf(lex, tokens[j - 1]!);
      const next = tokens[j + 1];
      if ((linked === 'link' || linked === 'det') && (!next || !next.word)) part = 'name';
    }
    if (!part && t.word && !t.cap && sawHead) {
      const next = tokens[j + 1];
      if (
        next &&
        partOf(lex, next) === 'link' &&
        tokens[j + 2] &&
        partOf(lex, tokens[j + 2]!) !== null
      )
        part = 'modifier';
    }
    // "la vicepresidenta segunda, Yolanda Díaz": an adjective after a role, before the name.
    if (
      !part &&
      lex.lang !== 'de' &&
      t.word &&
      !t.cap &&
      j > i &&
      inClass(lex.roles, keyOf(tokens[j - 1]!.lower)) &&
      tokens[j + 1]?.text === ',' &&
      tokens[j + 2] &&
      isCapital(tokens[j + 2]!)
    ) {
      // Kept inside the phrase, so the name in apposition joins it.
      end = j + 1;
      lastContent = j;
      break;
    }
    // "le projet de loi.", "el proyecto de ley.": a lower-case complement closing the sentence.
    if (
      !part &&
      lex.lang !== 'de' &&
      t.word &&
      !t.cap &&
      sawHead &&
      partOf(lex, tokens[j - 1]!) === 'link' &&
      tokens.slice(j + 1).every((w) => !w.word)
    )
      part = 'name';
    if (!part) break;
    if (part === 'det' && j > i && !isAfterLink(lex, tokens, j)) break;
    if (part === 'head' || part === 'name') {
      sawHead = true;
      lastContent = j;
    }
    end = j + 1;
  }
  if (lastContent < 0) return null;
  // "von Experten" after "nach Schätzungen": a leading link word is not part of the source.
  let from = i;
  while (from < lastContent && partOf(lex, tokens[from]!) === 'link') from++;
  const phrase = classify(lex, tokens, from, Math.min(end, lastContent + 1));
  return withApposition(lex, tokens, phrase);
}

// Longest name read in apposition after a role ("le maire, Hélène Drouart").
const MAX_APPOSITION_TOKENS = 5;
// Lower-case words inside a person's name.
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
]);

/** "la ministra de Trabajo, Yolanda Díaz": a role followed by the person's name takes it in. */
function withApposition(lex: Lexicon, tokens: readonly Token[], p: SourcePhrase): SourcePhrase {
  if (p.type !== 'person' || p.anonymous || tokens[p.to]?.text !== ',') return p;
  // The phrase opens with a role ("le maire", "Le ministre de l'Intérieur"), not with a name.
  const first = tokens
    .slice(p.from, p.to)
    .find((t) => !lex.definite.has(t.lower) && !lex.indefinite.has(t.lower));
  if (!first || !inClass(lex.roles, keyOf(first.lower))) return p;
  let j = p.to + 1;
  while (j < tokens.length && j - p.to <= MAX_APPOSITION_TOKENS) {
    const t = tokens[j]!;
    // "Ursula von der Leyen", "Luis de Guindos": a particle between parts of the name.
    const particle = j > p.to + 1 && NAME_PARTICLES.has(t.lower) && nameFollows(tokens, j + 1);
    if (partOf(lex, t) !== 'name' && !particle) break;
    j++;
  }
  const after = tokens[j];
  if (j === p.to + 1 || (after && after.word)) return p;
  return { ...p, to: j, named: true };
}

/** A capitalised name part at `j`, possibly after one more particle ("von der Leyen"). */
function nameFollows(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (isCapital(t)) return true;
  return NAME_PARTICLES.has(t.lower) && !!tokens[j + 1] && isCapital(tokens[j + 1]!);
}

/**
 * German "der" after a person's full name is a dative object ("sagte Frank Werneke der Deutschen
 * Presse-Agentur"); after a noun it is a genitive ("eine Antwort der Regierung").
 */
function dative(lex: Lexicon, tokens: readonly Token[], j: number): boolean {
  const [a, b] = [tokens[j - 2], tokens[j - 1]];
  return (
    tokens[j]!.lower === 'der' &&
    !!a &&
    !!b &&
    partOf(lex, a) === 'name' &&
    partOf(lex, b) === 'name'
  );
}

function isAfterLink(lex: Lexicon, tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const det = tokens[j]!.lower;
  // German continues a phrase only with a genitive ("der Sprecher der Polizei"), not with a
  // dative or accusative object after it ("rief Frank Werneke den Streikenden zu").
  const joins =
    lex.definite.has(det) &&
    (lex.lang !== 'de' || (lex.connectors.has(det) && !dative(lex, tokens, j)));
  return !!prev && (partOf(lex, prev) === 'link' || joins);
}

/** The source phrase that ends just before token `end` (a cue after its subject), or null. */
export function phraseBefore(
  lex: Lexicon,
  tokens: readonly Token[],
  end: number,
): SourcePhrase | null {
  const last = tokens[end - 1];
  if (!last) return null;
  if (lex.pronouns.has(keyOf(last.lower))) return classify(lex, tokens, end - 1, end);
  let from = end;
  for (let j = end - 1; j >= 0 && end - j <= MAX_PHRASE_TOKENS; j--) {
    const t = tokens[j]!;
    const part = partOf(lex, t);
    if (!part) {
      // A lower-case adjective between determiner and noun ("die zuständige Ministerin").
      const before = tokens[j - 1];
      if (t.word && !t.cap && before && partOf(lex, before) === 'det' && from < end) {
        from = j;
        continue;
      }
      // "el líder sindical", "le ministre français": an adjective right after a role or body.
      if (from === end && j === end - 1 && isTrailingAdjective(lex, t, before)) {
        from = j;
        continue;
      }
      break;
    }
    from = j;
    // A determiner opens the phrase unless it joins the phrase to an earlier noun: after a link
    // word ("de la Défense"), or as a genitive after a noun ("Sprecher der Polizei", "porte-parole du").
    if (part === 'det') {
      const prev = tokens[j - 1] ? partOf(lex, tokens[j - 1]!) : null;
      const genitive = lex.connectors.has(t.lower) && (prev === 'head' || prev === 'name');
      if (prev !== 'link' && !genitive) break;
    }
  }
  while (from < end && partOf(lex, tokens[from]!) === 'link') from++;
  while (
    end > from &&
    partOf(lex, tokens[end - 1]!) === 'link' &&
    !closesQuote(tokens, from, end)
  ) {
    end--;
  }
  if (from >= end) return null;
  let hasContent = false;
  for (let j = from; j < end; j++) {
    const p = partOf(lex, tokens[j]!);
    if (p === 'head' || p === 'name') hasContent = true;
  }
  return hasContent ? classify(lex, tokens, from, end) : null;
}

// Lower-case words after a noun that are no adjective of it ("no", "ne", "y").
const NOT_ADJECTIVE = new Set(['no', 'ne', 'pas', 'ya', 'aún', 'encore', 'déjà']);

/** A French or Spanish adjective closing a phrase after its head ("sindical", "français"). */
function isTrailingAdjective(lex: Lexicon, t: Token, before: Token | undefined): boolean {
  if (lex.lang === 'de' || !t.word || t.cap || !before) return false;
  const k = keyOf(t.lower);
  if (k !== t.lower || NOT_ADJECTIVE.has(k) || /(ment|mente)$/u.test(k)) return false;
  if (lex.stopwords.has(k) || lex.skip.has(k) || lex.governing.has(k) || lex.pronouns.has(k))
    return false;
  if (lex.finiteVerbs.has(k) || lex.cueVerbs.has(k) || lex.auxiliaries.has(k)) return false;
  if (lex.genericPronouns.has(k) || lex.cueBlockedAfter.has(k)) return false;
  const head = keyOf(before.lower);
  return (
    inClass(lex.roles, head) || inClass(lex.government, head) || inClass(lex.organization, head)
  );
}

/** Type, named-ness and anonymity of the phrase tokens [from, to). */
export function classify(
  lex: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
): SourcePhrase {
  const keys = tokens.slice(from, to).map((t) => keyOf(t.lower));
  const first = tokens[from]!;
  if (to - from === 1 && lex.pronouns.has(keys[0]!)) {
    return { from, to, type: 'person', named: false, anonymous: false, pronoun: true };
  }
  const indefinite = lex.indefinite.has(keys[0]!) || lex.anonymousModifiers.has(keys[0]!);
  const bare = !lex.definite.has(first.lower) && !lex.possessives.has(keys[0]!) && !indefinite;
  let names = 0;
  let type: SourceType | null = null;
  let anonymousHead = false;
  let roleHead = false;
  let bodyAfterRole = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    const k = keys[j - from]!;
    const part = partOf(lex, t);
    if (inClass(lex.anonymous, k) && !roleHead && names === 0) anonymousHead = true;
    else if (inClass(lex.roles, k)) {
      if (roleHead || type) bodyAfterRole = true;
      roleHead = true;
      type ??= 'person';
    } else if (inClass(lex.government, k)) {
      if (roleHead) bodyAfterRole = true;
      type ??= 'government';
    } else if (inClass(lex.media, k)) {
      if (roleHead) bodyAfterRole = true;
      type ??= 'media';
    } else if (inClass(lex.organization, k)) {
      if (roleHead) bodyAfterRole = true;
      type ??= 'organization';
    } else if (inClass(lex.document, k)) {
      type ??= 'document';
    } else if (part === 'name') {
      names++;
      if (roleHead) bodyAfterRole = true;
    }
  }
  // "Experten", "des sources proches du dossier", "ein Sprecher" with no named body after it.
  // An unnamed source stays unnamed at a named body ("une source du Quai d'Orsay").
  const anonymous =
    anonymousHead ||
    (indefinite && roleHead && !bodyAfterRole) ||
    (indefinite && !roleHead && names === 0 && type !== 'document');
  const named = !anonymous && (names > 0 || !bare || type !== null);
  return {
    from,
    to,
    type: type ?? nameType(tokens, from, to, names),
    named,
    anonymous,
    pronoun: false,
  };
}

// A lone name in capitals or with digits is a body ("UMP", "G7"); other names are people.
function nameType(tokens: readonly Token[], from: number, to: number, names: number): SourceType {
  if (names === 0) return 'other';
  if (names >= 2) return 'person';
  const name = tokens.slice(from, to).find((t) => t.cap);
  return name && /^[\p{Lu}\p{N}&.-]{2,}$/u.test(name.text) ? 'organization' : 'person';
}

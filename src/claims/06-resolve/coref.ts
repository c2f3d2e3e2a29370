import type { SourceType } from '../../model/claim.ts';
import type { SourceInfo, Token } from '../types.ts';
import { isAgeNoun } from '../phrases/classify.ts';
import { GOVERNMENT_HEADS, MEDIA_HEADS, ORGANIZATION_HEADS, PLACES, TITLES } from '../lexicon.ts';

interface Mention {
  name: string;
  type: SourceType;
  head: string;
}

// Documents a speaker issues: "the statement" stands for whoever issued the last one.
const ISSUED = new Set([
  'statement',
  'release',
  'communique',
  'communiqué',
  'readout',
  'letter',
  'memo',
  'announcement',
]);
// Words before an issued document that make it the speaker's own ("in a statement").
const ISSUED_BEFORE = new Set(['a', 'an', 'its', 'his', 'her', 'their']);
// Bodies that issue statements when none was mentioned ("…: State Department", then "the
// statement"); a person's statement is mentioned as such ("he said in a statement").
const ISSUERS = new Set<SourceType>(['government', 'organization', 'media']);

// Words that are capitalised at the start of a name run but are not part of a person's name.
const NOT_NAME = new Set(['the', 'a', 'an', 'but', 'and', 'in', 'on', 'at', 'as', 'after', 'when']);

/**
 * Remembers the named sources and person names of the sentences read so far, so that "he said",
 * "the ministry said" and a bare surname can be shown as the full name they stand for.
 */
export class Antecedents {
  private lastPerson: Mention | null = null;
  private lastBody: Mention | null = null;
  /** The latest antecedent that can speak: "they said" never stands for a filing or report. */
  private lastSpeaker: Mention | null = null;
  private lastIssuer: Mention | null = null;
  private byHead = new Map<string, Mention>();
  private fullNames = new Map<string, string>();
  private lastNamedPerson: string | null = null;

  /** Registers person-like names ("Vladimir Putin") of a sentence, for surnames and fallbacks. */
  noteNames(tokens: Token[]): void {
    let i = 0;
    while (i < tokens.length) {
      if (!tokens[i]!.cap || !tokens[i]!.word) {
        i++;
        continue;
      }
      let j = i;
      while (j < tokens.length && tokens[j]!.cap && tokens[j]!.word) j++;
      const run = tokens.slice(i, j).filter((t) => !NOT_NAME.has(t.lower) && !TITLES.has(t.lower));
      const last = run[run.length - 1];
      const titled = tokens.slice(Math.max(0, i - 1), j).some((t) => TITLES.has(t.lower));
      if (run.length >= 2 && run.length <= 4 && last && !isBody(last.lower)) {
        const name = run.map((t) => t.text).join(' ');
        this.fullNames.set(last.lower, name);
        if (titled || i === 0) this.lastNamedPerson = name;
      }
      i = j;
    }
  }

  /** The display name of a named source: its full form when only the surname was used. */
  expand(text: string, info: SourceInfo): string | null {
    if (info.type !== 'person') return null;
    const words = text.split(/\s+/);
    const last = words[words.length - 1]?.toLowerCase() ?? '';
    const full = this.fullNames.get(last);
    return full && full !== text && !text.endsWith(full) ? full : null;
  }

  /**
   * Records a named source as the latest antecedent; `tokens`, its sentence, may mention a
   * document it issued ("said in a statement"), which "the statement" later stands for.
   */
  remember(name: string, info: SourceInfo, tokens: Token[] = []): void {
    const m: Mention = { name, type: info.type, head: info.head };
    if (info.type === 'person') this.lastPerson = m;
    else this.lastBody = m;
    if (info.type !== 'document') this.lastSpeaker = m;
    this.byHead.set(info.head, m);
    if (info.type === 'person') this.lastNamedPerson = name;
    if (ISSUERS.has(info.type)) this.lastIssuer = m;
    if (info.type === 'document') return;
    tokens.forEach((t, i) => {
      if (!ISSUED.has(t.lower)) return;
      const before = tokens[i - 1];
      const adjective = before?.word && !before.cap && tokens[i - 2];
      if (
        ISSUED_BEFORE.has(before?.lower ?? '') ||
        ISSUED_BEFORE.has(adjective ? adjective.lower : '')
      )
        this.byHead.set(t.lower, m);
    });
  }

  /** The named antecedent of a pronoun or short reference, or null. */
  resolve(info: SourceInfo): Mention | null {
    if (info.pronoun) {
      if (info.head === 'he' || info.head === 'she' || info.head === 'i')
        return this.personBefore();
      if (info.head === 'it') return this.lastBody;
      return this.lastSpeaker;
    }
    if (!info.shortRef) return null;
    const same = this.byHead.get(info.head);
    if (same) return same;
    // "the 46-year-old" describes someone the article has just named, as "he" would.
    if (isAgeNoun(info.head) && info.type === 'person') return this.personBefore();
    if (info.type === 'document' && ISSUED.has(info.head)) return this.lastIssuer;
    return null;
  }

  private personBefore(): Mention | null {
    if (this.lastPerson) return this.lastPerson;
    return this.lastNamedPerson ? { name: this.lastNamedPerson, type: 'person', head: '' } : null;
  }
}

function isBody(w: string): boolean {
  return (
    GOVERNMENT_HEADS.has(w) || ORGANIZATION_HEADS.has(w) || MEDIA_HEADS.has(w) || PLACES.has(w)
  );
}

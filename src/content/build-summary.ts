import {
  CLAIM_KINDS,
  type ClaimKind,
  type SentenceAnalysis,
  type SourceType,
} from '../model/claim.ts';
import type { PageAnswer } from '../model/report.ts';
import type { PageSummary } from '../model/summary.ts';

export interface SummaryInput {
  url: string;
  title: string;
  site: string;
  isArticle: boolean;
  sentences: readonly SentenceAnalysis[];
  matches: PageAnswer | null;
  highlightsOn: boolean;
  /** Analysed and cross-referenced (or cross-referencing failed). */
  ready: boolean;
  error: string | null;
}

/** Display name of an attribution's source: the resolved antecedent for pronouns. */
export function sourceName(source: { text: string; resolved: string | null }): string {
  return (source.resolved ?? source.text).replace(/\s+/g, ' ').trim();
}

/** The page summary the popup shows, from the page's analysed sentences and its matches. */
export function buildSummary(input: SummaryInput): PageSummary {
  const counts = Object.fromEntries(CLAIM_KINDS.map((k) => [k, 0])) as Record<ClaimKind, number>;
  const sources = new Map<
    string,
    { name: string; type: SourceType; count: number; first: number }
  >();
  const unverified: PageSummary['unverified'] = [];
  const notFlagged: PageSummary['notFlagged'] = [];
  input.sentences.forEach((s, index) => {
    counts[s.kind]++;
    if (s.kind === 'none') notFlagged.push({ index, text: s.text, reasons: s.reasons });
    if (s.kind === 'anonymous' || s.kind === 'unattributed') {
      unverified.push({ index, text: s.text, kind: s.kind, hedged: s.hedged });
    }
    // A source counts once per sentence even when it is cited twice in it.
    const seen = new Set<string>();
    for (const a of s.attributions) {
      if (!a.source?.named) continue;
      const name = sourceName(a.source);
      const key = name.toLowerCase();
      if (!name || seen.has(key)) continue;
      seen.add(key);
      const entry = sources.get(key);
      if (entry) entry.count++;
      else sources.set(key, { name, type: a.source.type, count: 1, first: index });
    }
  });
  const ranked = mergeShortForms([...sources.values()])
    .sort((x, y) => y.count - x.count || x.first - y.first)
    .map(({ name, type, count }) => ({ name, type, count }));
  const matched = input.matches
    ? Object.values(input.matches.matches).filter((list) => list.length > 0).length
    : 0;
  const outlets = { many: 0, one: 0, none: 0 };
  const storyClaims: PageSummary['storyClaims'] = {};
  const members = new Set(input.matches?.story.map((m) => m.reportId) ?? []);
  input.sentences.forEach((s, index) => {
    if (s.kind === 'none') return;
    const list = input.matches?.matches[index] ?? [];
    // Answers of older builds carry no outlet counts: every other report then counts as one.
    const n = input.matches?.outlets?.[index] ?? 1 + new Set(list.map((m) => m.reportId)).size;
    if (list.length === 0) outlets.none++;
    else if (n >= 2) outlets.many++;
    else outlets.one++;
    for (const id of new Set(list.map((m) => m.reportId))) {
      if (members.has(id)) (storyClaims[id] ??= []).push({ index, text: s.text });
    }
  });
  return {
    url: input.url,
    title: input.title,
    site: input.site,
    isArticle: input.isArticle,
    counts,
    sources: ranked,
    unverified,
    notFlagged,
    matchedClaims: matched,
    outlets,
    story: input.matches?.story ?? [],
    storyClaims,
    highlightsOn: input.highlightsOn,
    ready: input.ready,
    error: input.error,
  };
}

type SourceEntry = { name: string; type: SourceType; count: number; first: number };

function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Folds short forms into the full name they abbreviate ("President Putin", "Putin" →
 * "Russian President Vladimir Putin"): same type, same last word, all words contained. A short
 * form that fits two different full names is left alone.
 */
export function mergeShortForms(entries: SourceEntry[]): SourceEntry[] {
  const items = entries.map((e) => ({
    ...e,
    tokens: nameTokens(e.name),
    into: null as null | number,
  }));
  const order = items
    .map((_, i) => i)
    .sort((x, y) => items[x]!.tokens.length - items[y]!.tokens.length);
  for (const i of order) {
    const small = items[i]!;
    const last = small.tokens[small.tokens.length - 1];
    if (!last) continue;
    const fits = items
      .map((big, j) => ({ big, j }))
      .filter(
        ({ big, j }) =>
          j !== i &&
          big.into === null &&
          big.type === small.type &&
          big.tokens.length > small.tokens.length &&
          big.tokens[big.tokens.length - 1] === last &&
          small.tokens.every((tok) => big.tokens.includes(tok)),
      );
    if (fits.length === 0) continue;
    const longest = fits.reduce((a, b) => (b.big.tokens.length > a.big.tokens.length ? b : a));
    if (!fits.every(({ big }) => big.tokens.every((tok) => longest.big.tokens.includes(tok))))
      continue;
    small.into = longest.j;
  }
  const out = new Map<number, SourceEntry>();
  items.forEach((item, i) => {
    let target = i;
    while (items[target]!.into !== null) target = items[target]!.into!;
    const t = items[target]!;
    const entry = out.get(target) ?? { name: t.name, type: t.type, count: 0, first: t.first };
    entry.count += item.count;
    entry.first = Math.min(entry.first, item.first);
    out.set(target, entry);
  });
  return [...out.values()];
}

import type { Difference, ReportSentence, SourceNaming } from '../model/report.ts';
import { americanSpelling } from '../text/spelling.ts';
import { plainStem } from './normalize-word.ts';
import { firstHedge } from '../claims/index.ts';
import { quotes } from './text-cues.ts';
import { CONTENT_WEIGHT, LIGHT_WEIGHT } from './token-weight.ts';
import { tokenizeCached as tokenize, type Token } from './tokenize.ts';

/** A run of words only one side has must weigh this much to count as a detail. */
const MIN_DETAIL_WEIGHT = 2;
/** Quotes are compared when they share this much of their words (else they are other quotes). */
const QUOTE_PAIRING = 0.3;

/** Attributed as the claims analysis found it: a kind, a source or a cue word. */
function attributed(s: ReportSentence): boolean {
  return s.kind === 'sourced' || s.kind === 'anonymous' || s.source !== null || s.cue !== null;
}

/**
 * The hedge the claims analysis found, so a difference never contradicts a sentence's own
 * `hedged` flag; a report stored before sentences kept their hedge has the flag only, and the
 * claims analysis's finder names the word again.
 */
function hedgeOf(s: ReportSentence): { word: string | null } | null {
  return s.hedged ? { word: s.hedge ?? firstHedge(s.text) } : null;
}

function naming(s: ReportSentence): SourceNaming {
  if (s.source) return 'named';
  return s.kind === 'anonymous' ? 'anonymous' : 'unnamed';
}

/** Two source names denote the same source when one's name words contain the other's. */
function sameSource(a: ReportSentence, b: ReportSentence): boolean {
  if (a.kind === 'anonymous' && b.kind === 'anonymous') return true;
  if (!a.source || !b.source) return a.source === b.source && a.kind === b.kind;
  const ka = new Set(
    tokenize(a.source)
      .filter((t) => t.weight >= CONTENT_WEIGHT)
      .map((t) => t.key),
  );
  const kb = new Set(
    tokenize(b.source)
      .filter((t) => t.weight >= CONTENT_WEIGHT)
      .map((t) => t.key),
  );
  if (ka.size === 0 || kb.size === 0) return a.source.toLowerCase() === b.source.toLowerCase();
  const [small, large] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
  return [...small].every((k) => large.has(k));
}

function attributionDifference(ours: ReportSentence, theirs: ReportSentence): Difference[] {
  const a = attributed(ours);
  const b = attributed(theirs);
  if (!a && b) {
    return [
      {
        type: 'attribution-dropped',
        ours: null,
        theirs: theirs.source,
        naming: { theirs: naming(theirs) },
      },
    ];
  }
  if (a && !b) {
    return [
      {
        type: 'attribution-added',
        ours: ours.source,
        theirs: null,
        naming: { ours: naming(ours) },
      },
    ];
  }
  if (a && b && !sameSource(ours, theirs)) {
    return [
      {
        type: 'attribution-changed',
        ours: ours.source,
        theirs: theirs.source,
        naming: { ours: naming(ours), theirs: naming(theirs) },
      },
    ];
  }
  return [];
}

function hedgeDifference(ours: ReportSentence, theirs: ReportSentence): Difference[] {
  const ha = hedgeOf(ours);
  const hb = hedgeOf(theirs);
  if (ha && !hb) {
    return [
      {
        type: 'hedge-added',
        ours: ha.word,
        theirs: null,
      },
    ];
  }
  if (!ha && hb) {
    return [
      {
        type: 'hedge-removed',
        ours: null,
        theirs: hb.word,
      },
    ];
  }
  return [];
}

function numberDifference(a: readonly Token[], b: readonly Token[]): Difference[] {
  const na = a.filter((t) => t.key.startsWith('#'));
  const nb = b.filter((t) => t.key.startsWith('#'));
  if (na.length === 0 || nb.length === 0) return [];
  const kb = new Set(nb.map((t) => t.key));
  const ka = new Set(na.map((t) => t.key));
  const onlyA = na.filter((t) => !kb.has(t.key));
  const onlyB = nb.filter((t) => !ka.has(t.key));
  if (onlyA.length === 0 || onlyB.length === 0) return [];
  const ours = onlyA.map((t) => t.surface).join(', ');
  const theirs = onlyB.map((t) => t.surface).join(', ');
  return [
    {
      type: 'number-changed',
      ours,
      theirs,
    },
  ];
}

function normalWords(s: string): string {
  return tokenize(s)
    .map((t) => americanSpelling(t.word))
    .join(' ');
}

function quoteDifference(ours: ReportSentence, theirs: ReportSentence): Difference[] {
  const qa = quotes(ours.text);
  const qb = quotes(theirs.text);
  const out: Difference[] = [];
  for (const q of qa) {
    const keys = new Set(tokenize(q.text).map((t) => t.key));
    let best: { text: string } | null = null;
    let bestShare = QUOTE_PAIRING;
    for (const r of qb) {
      const rk = new Set(tokenize(r.text).map((t) => t.key));
      const common = [...keys].filter((k) => rk.has(k)).length;
      const share = (2 * common) / Math.max(1, keys.size + rk.size);
      if (share >= bestShare) {
        best = r;
        bestShare = share;
      }
    }
    if (best && normalWords(q.text) !== normalWords(best.text)) {
      out.push({
        type: 'quote-altered',
        ours: q.text,
        theirs: best.text,
      });
    }
  }
  return out;
}

/** Longest common subsequence of token keys: pairs of aligned positions. */
function align(a: readonly Token[], b: readonly Token[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] =
        a[i]!.key === b[j]!.key
          ? dp[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      pairs.push([i++, j++]);
    } else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** A phrase cut out of a sentence may hold half a quotation: then its quote marks go. */
function balanceQuotes(phrase: string): string {
  const open = (phrase.match(/“/g) ?? []).length;
  const close = (phrase.match(/”/g) ?? []).length;
  const straight = (phrase.match(/"/g) ?? []).length;
  if (open === close && straight % 2 === 0) return phrase;
  return phrase.replace(/[“”"]/g, '');
}

/** Phrases (as written) of the runs of weighty tokens in a gap, split at excluded words. */
function phrases(text: string, tokens: readonly Token[], skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    const weight = run.reduce((w, t) => w + (t.weight > LIGHT_WEIGHT ? t.weight : 0), 0);
    // The phrase runs from the first to the last weighty word: no "says …" or "… said" edges.
    const first = run.find((t) => t.weight > LIGHT_WEIGHT);
    const last = [...run].reverse().find((t) => t.weight > LIGHT_WEIGHT);
    if (weight >= MIN_DETAIL_WEIGHT && first && last) {
      out.push(balanceQuotes(text.slice(first.start, last.end)));
    }
    run = [];
  };
  for (const t of tokens) {
    if (skip.has(t.key) || t.key.startsWith('#')) flush();
    else run.push(t);
  }
  flush();
  return out;
}

function sourceKeys(s: ReportSentence): Set<string> {
  return new Set(s.source ? tokenize(s.source).map((t) => t.key) : []);
}

function wordingDifferences(
  ours: ReportSentence,
  theirs: ReportSentence,
  a: readonly Token[],
  b: readonly Token[],
): Difference[] {
  const out: Difference[] = [];
  // Function words take no part in the alignment: an aligned "of" must not cut
  // "withdrawal of troops" / "pullout of soldiers" into one-word gaps.
  a = a.filter((t) => t.weight > 0);
  b = b.filter((t) => t.weight > 0);
  const pairs = align(a, b);
  // Same key, other word: a spelling variant, or a synonym the matcher merged.
  const seen = new Set<string>();
  const swappedOurs: string[] = [];
  const swappedTheirs: string[] = [];
  for (const [i, j] of pairs) {
    const x = a[i]!;
    const y = b[j]!;
    if (x.word === y.word || seen.has(x.word) || x.key.startsWith('#')) continue;
    // Reporting verbs and titles ("says" / "said") are not worth a difference.
    if (x.weight < CONTENT_WEIGHT) continue;
    seen.add(x.word);
    if (americanSpelling(x.word) === americanSpelling(y.word)) {
      out.push({
        type: 'wording',
        ours: x.surface,
        theirs: y.surface,
        spelling: true,
      });
    } else if (plainStem(x.word) !== plainStem(y.word)) {
      swappedOurs.push(x.surface);
      swappedTheirs.push(y.surface);
    }
  }
  if (swappedOurs.length > 0) {
    const ours = swappedOurs.join(', ');
    const theirs = swappedTheirs.join(', ');
    out.push({
      type: 'wording',
      ours,
      theirs,
    });
  }
  // Gaps between aligned words: a replacement when both sides have words, else a detail.
  const skip = new Set([...sourceKeys(ours), ...sourceKeys(theirs)]);
  const added: string[] = [];
  const missing: string[] = [];
  let pi = 0;
  let pj = 0;
  for (const [i, j] of [...pairs, [a.length, b.length] as [number, number]]) {
    const ga = phrases(ours.text, a.slice(pi, i), skip);
    const gb = phrases(theirs.text, b.slice(pj, j), skip);
    if (ga.length > 0 && gb.length > 0) {
      out.push({
        type: 'wording',
        ours: ga.join(' … '),
        theirs: gb.join(' … '),
      });
    } else {
      added.push(...ga);
      missing.push(...gb);
    }
    pi = i + 1;
    pj = j + 1;
  }
  if (added.length > 0) {
    const text = added.join(' … ');
    out.push({
      type: 'detail-added',
      ours: text,
      theirs: null,
    });
  }
  if (missing.length > 0) {
    const text = missing.join(' … ');
    out.push({
      type: 'detail-missing',
      ours: null,
      theirs: text,
    });
  }
  return out;
}

/**
 * Typed differences between two sentences carrying the same claim, from our side: attribution,
 * hedging, numbers, quotes, details one side lacks, and wording. Data only: the views word them.
 */
export function compareClaims(ours: ReportSentence, theirs: ReportSentence): Difference[] {
  const a = tokenize(ours.text);
  const b = tokenize(theirs.text);
  return [
    ...attributionDifference(ours, theirs),
    ...numberDifference(a, b),
    ...hedgeDifference(ours, theirs),
    ...quoteDifference(ours, theirs),
    ...wordingDifferences(ours, theirs, a, b),
  ];
}

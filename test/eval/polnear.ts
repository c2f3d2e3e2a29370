/** Reading PolNeAR's brat standoff files, shared by the claims evaluation and its miss analysis. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldSpan {
  start: number;
  end: number;
  frags: Array<[number, number]>;
  text: string;
}
export type Role = 'cue' | 'source' | 'content';
export const ROLES: Role[] = ['cue', 'source', 'content'];

/** One gold attribution relation: its cue, source and content spans (any may be missing). */
export interface GoldRelation {
  cue: GoldSpan | null;
  source: GoldSpan | null;
  content: GoldSpan | null;
}

export interface GoldFile {
  spans: Record<Role, GoldSpan[]>;
  relations: GoldRelation[];
}

/** Parses one `.ann` file: the Cue, Source and Content spans and the relations that join them. */
export function parseAnn(text: string): GoldFile {
  const spans: Record<Role, GoldSpan[]> = { cue: [], source: [], content: [] };
  const byId = new Map<string, GoldSpan>();
  const relations: GoldRelation[] = [];
  const events: string[] = [];
  for (const line of text.split('\n')) {
    const [id, spec, surface] = line.split('\t');
    if (!id || !spec) continue;
    if (id.startsWith('E')) {
      events.push(spec);
      continue;
    }
    if (!id.startsWith('T')) continue;
    const sp = spec.indexOf(' ');
    const type = spec.slice(0, sp).toLowerCase();
    if (type !== 'cue' && type !== 'source' && type !== 'content') continue;
    const frags = spec
      .slice(sp + 1)
      .split(';')
      .map((f) => f.split(' ').map(Number) as [number, number]);
    const s: GoldSpan = {
      start: frags[0]![0],
      end: frags[frags.length - 1]![1],
      frags,
      text: surface ?? '',
    };
    spans[type].push(s);
    byId.set(id, s);
  }
  for (const spec of events) {
    const rel: GoldRelation = { cue: null, source: null, content: null };
    for (const part of spec.split(' ')) {
      const [role, id] = part.split(':');
      const r = role?.toLowerCase();
      if ((r === 'cue' || r === 'source' || r === 'content') && id) rel[r] = byId.get(id) ?? null;
    }
    relations.push(rel);
  }
  return { spans, relations };
}

/** Do two spans share a character (fragment by fragment)? */
export function overlaps(
  a: { frags: Array<[number, number]> },
  b: { frags: Array<[number, number]> },
): boolean {
  return a.frags.some(([s, e]) => b.frags.some(([s2, e2]) => s < e2 && s2 < e));
}

/** The split's articles: text file path and its annotation files. */
export function listSplit(dir: string): Array<{ article: string; file: string; anns: string[] }> {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann'));
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const article = f.replace(/\.txt$/, '');
      return {
        article,
        file: join(textDir, f),
        anns: anns
          .filter((a) => a.replace(/_[0-9a-f]+\.ann$/, '') === article)
          .map((a) => join(annDir, a)),
      };
    });
}

export function readGold(annPath: string): GoldFile {
  return parseAnn(readFileSync(annPath, 'utf8'));
}

/** Match counts of one role: predicted spans that hit gold, and gold spans found. */
export interface MatchCounts {
  tp: number;
  np: number;
  found: number;
  ng: number;
}

export function emptyCounts(): MatchCounts {
  return { tp: 0, np: 0, found: 0, ng: 0 };
}

/** Adds one file's predicted and gold spans of a role to `c`, matched by `same`. */
export function addMatches<P, G>(
  c: MatchCounts,
  pred: P[],
  gold: G[],
  same: (p: P, g: G) => boolean,
): void {
  c.np += pred.length;
  c.ng += gold.length;
  c.tp += pred.filter((p) => gold.some((g) => same(p, g))).length;
  c.found += gold.filter((g) => pred.some((p) => same(p, g))).length;
}

type Frags = { frags: Array<[number, number]> };

/** `addMatches` by shared characters, the overlap match every PolNeAR score reports. */
export function addOverlaps(c: MatchCounts, pred: Frags[], gold: Frags[]): void {
  addMatches(c, pred, gold, overlaps);
}

/** A predicted span of one role, with its fragment for overlap matching. */
export type PredSpan = { start: number; end: number; frags: Array<[number, number]> };

/**
 * The distinct spans of one role over a document's analysed sentences (two attributions often
 * share a source or content; a span counts once), from `analyseText` or `claims --json` alike.
 */
export function predictedSpans(
  sentences: Array<{ attributions: Array<Record<Role, { start: number; end: number } | null>> }>,
  role: Role,
): PredSpan[] {
  const seen = new Set<string>();
  const out: PredSpan[] = [];
  for (const s of sentences)
    for (const a of s.attributions) {
      const x = a[role];
      if (!x || seen.has(`${x.start}:${x.end}`)) continue;
      seen.add(`${x.start}:${x.end}`);
      out.push({ start: x.start, end: x.end, frags: [[x.start, x.end]] });
    }
  return out;
}

/** Precision, recall and F1 of overlap counts. */
export function prf(c: MatchCounts): { p: number; r: number; f1: number } {
  const p = c.np ? c.tp / c.np : 0;
  const r = c.ng ? c.found / c.ng : 0;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Does the gold "carry an attribution" in the sentence [start, end)? A gold cue lies in it, or it
 * lies wholly inside gold content (a quote running over several sentences).
 */
export function goldCarries(gold: GoldFile, start: number, end: number): boolean {
  const sentence = { frags: [[start, end]] as Array<[number, number]> };
  return (
    gold.spans.cue.some((c) => overlaps(c, sentence)) ||
    gold.spans.content.some((c) => c.frags.some(([a, b]) => a <= start && end <= b))
  );
}

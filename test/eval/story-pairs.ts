/** SemEval-2022 Task 8 pairs (CSV: pair_id, text1, text2, Overall, …) and a TF-IDF baseline. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseCsv } from './csv.ts';

export interface StoryPair {
  id: string;
  a: string;
  b: string;
  /** Human rating: 1 = the same story … 4 = unrelated. */
  overall: number;
}

export function loadStoryPairs(file: string): StoryPair[] {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const [header, ...rows] = parseCsv(text.replace(/^\ufeff/, ''));
  const col = (name: string) => {
    const i = header?.indexOf(name) ?? -1;
    if (i < 0) throw new Error(`${file}: no "${name}" column`);
    return i;
  };
  const [id, t1, t2, overall] = [col('pair_id'), col('text1'), col('text2'), col('Overall')];
  return rows
    .filter((r) => r.length > overall)
    .map((r, n) => {
      const value = Number(r[overall]);
      if (!Number.isFinite(value)) throw new Error(`${file}: row ${n + 2}: Overall not a number`);
      // Tabs and line breaks would break the CLI's one-pair-a-line input: they are spaces here.
      const flat = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
      return { id: r[id]!, a: flat(r[t1]!), b: flat(r[t2]!), overall: value };
    });
}

/**
 * The usual baseline: cosine of TF-IDF vectors (raw counts of lower-cased words of 2+ letters,
 * smoothed idf over every text of the set, L2 norm), as common toolkits compute it by default.
 */
export function tfidfCosines(pairs: readonly StoryPair[]): number[] {
  const words = (s: string) => s.toLowerCase().match(/\b\w\w+\b/gu) ?? [];
  const docs = pairs.flatMap((p) => [words(p.a), words(p.b)]);
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const vector = (d: string[]) => {
    const v = new Map<string, number>();
    for (const w of d) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, c] of v) {
      const x = c * (Math.log((1 + n) / (1 + df.get(w)!)) + 1);
      v.set(w, x);
      norm += x * x;
    }
    for (const [w, x] of v) v.set(w, x / Math.sqrt(norm || 1));
    return v;
  };
  return pairs.map((_, i) => {
    const a = vector(docs[2 * i]!);
    const b = vector(docs[2 * i + 1]!);
    let dot = 0;
    for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
    return dot;
  });
}

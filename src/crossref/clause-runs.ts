import { NAME_FACTOR } from './dictionary.ts';
import { CONTAINMENT_FACTOR, MIN_CONTAINED_WEIGHT } from './similarity.ts';
import type { Token } from './tokenize.ts';

/**
 * The part of a sentence that carries the same claim as a part of the other: a run of
 * consecutive clauses on each side ("President Putin says Russia is ready for talks on
 * confidence-building measures, but …" and "Speaking after …, Putin said Russia is ready to
 * engage in talks on …, transparency of drills and other confidence-building measures"). The
 * index only compares a whole sentence with clause runs of the other; a page's candidates are
 * few, so here every run is compared with every run.
 */

/** Clauses per side at most; the rest join the last one. */
const MAX_CLAUSES = 8;
/**
 * How much a run pair's score leans on coverage (the share of the lighter run found in the
 * other) rather than on Dice: a short claim inside a long, detailed clause is still that claim.
 */
const COVER_SHARE = 0.5;

interface Side {
  keys: string[];
  weight: number[];
  clause: number[];
  clauses: number;
}

const sides = new WeakMap<readonly Token[], Side>();

function side(tokens: readonly Token[]): Side {
  const cached = sides.get(tokens);
  if (cached) return cached;
  const s: Side = { keys: [], weight: [], clause: [], clauses: 0 };
  sides.set(tokens, s);
  // Distinct keys per clause, not per sentence: "Russia" in the third clause is part of that
  // clause's claim even when the first clause named Russia already. (A run of several clauses
  // may then count a key twice, on both of its sides alike.)
  const seen = new Set<string>();
  let last = -1;
  for (const t of tokens) {
    if (t.weight <= 0) continue;
    if (last !== -1 && t.clause !== last) {
      if (s.clauses < MAX_CLAUSES) {
        s.clauses++;
        seen.clear();
      }
    }
    if (seen.has(t.key)) continue;
    seen.add(t.key);
    if (last === -1) s.clauses = 1;
    last = t.clause;
    s.keys.push(t.key);
    s.weight.push(t.name ? t.weight * NAME_FACTOR : t.weight);
    s.clause.push(s.clauses - 1);
  }
  return s;
}

/** Per token of `a`: a bit per clause of `b` that holds its key. */
function masks(a: Side, b: Side): Uint32Array {
  const where = new Map<string, number>();
  b.keys.forEach((k, i) => where.set(k, (where.get(k) ?? 0) | (1 << b.clause[i]!)));
  return Uint32Array.from(a.keys, (k) => where.get(k) ?? 0);
}

/**
 * Row (s * n + e) of the result, `a.clauses + 1` wide: prefix sums over `a`'s clauses of the
 * weight found in run s..e of `b`, so a run of `a` reads in O(1).
 */
function commonByRun(a: Side, mask: Uint32Array, n: number): Float64Array {
  const width = a.clauses + 1;
  const out = new Float64Array(n * n * width);
  for (let s = 0; s < n; s++) {
    for (let e = s; e < n; e++) {
      const range = ((1 << (e + 1)) - 1) & ~((1 << s) - 1);
      const row = (s * n + e) * width;
      for (let i = 0; i < a.keys.length; i++) {
        if (mask[i]! & range) out[row + a.clause[i]! + 1]! += a.weight[i]!;
      }
      for (let c = 1; c <= a.clauses; c++) out[row + c]! += out[row + c - 1]!;
    }
  }
  return out;
}

function clauseWeights(x: Side): Float64Array {
  const prefix = new Float64Array(x.clauses + 1);
  x.weight.forEach((w, i) => (prefix[x.clause[i]! + 1]! += w));
  for (let c = 1; c <= x.clauses; c++) prefix[c]! += prefix[c - 1]!;
  return prefix;
}

function runScore(ca: number, wa: number, cb: number, wb: number): number {
  if (ca <= 0 || cb <= 0) return 0;
  const dice = (ca + cb) / (wa + wb);
  const lighter = wa <= wb ? ca / wa : cb / wb;
  const light = Math.min(wa, wb);
  const discount = light >= MIN_CONTAINED_WEIGHT ? 1 : light / MIN_CONTAINED_WEIGHT;
  return ((1 - COVER_SHARE) * dice + COVER_SHARE * lighter) * discount;
}

/** Best score of a clause run of `a` against a clause run of `b` (never both whole), scaled. */
export function partScore(a: readonly Token[], b: readonly Token[]): number {
  const sa = side(a);
  const sb = side(b);
  const na = sa.clauses;
  const nb = sb.clauses;
  if ((na < 2 && nb < 2) || na === 0 || nb === 0) return 0;
  const inB = commonByRun(sa, masks(sa, sb), nb);
  const inA = commonByRun(sb, masks(sb, sa), na);
  const wa = clauseWeights(sa);
  const wb = clauseWeights(sb);
  let best = 0;
  const widthA = na + 1;
  const widthB = nb + 1;
  for (let as = 0; as < na; as++) {
    for (let ae = as; ae < na; ae++) {
      const bRow = (as * na + ae) * widthB;
      for (let bs = 0; bs < nb; bs++) {
        for (let be = bs; be < nb; be++) {
          if (as === 0 && ae === na - 1 && bs === 0 && be === nb - 1) continue;
          const aRow = (bs * nb + be) * widthA;
          const score = runScore(
            inB[aRow + ae + 1]! - inB[aRow + as]!,
            wa[ae + 1]! - wa[as]!,
            inA[bRow + be + 1]! - inA[bRow + bs]!,
            wb[be + 1]! - wb[bs]!,
          );
          if (score > best) best = score;
        }
      }
    }
  }
  return CONTAINMENT_FACTOR * best;
}

import { CLAUSE_BREAK, ID_SHIFT, NAME_BIT, type Dictionary } from './dictionary.ts';
import type { Token } from './tokenize.ts';

/**
 * A sentence as the matcher sees it: the ids of its weighted tokens, each key once (first
 * occurrence, encoded with its name flag (see NAME_BIT)), clauses separated by CLAUSE_BREAK. Word order inside a clause is kept.
 */
export function encodeTokens(tokens: readonly Token[], dict: Dictionary): Uint32Array {
  const out: number[] = [];
  const seen = new Set<string>();
  let clause = -1;
  for (const t of tokens) {
    if (t.weight <= 0 || !t.key || seen.has(t.key)) continue;
    seen.add(t.key);
    if (clause !== -1 && t.clause !== clause && out.length > 0) out.push(CLAUSE_BREAK);
    clause = t.clause;
    out.push((dict.id(t.key) << ID_SHIFT) | (t.name ? NAME_BIT : 0));
  }
  return Uint32Array.from(out);
}

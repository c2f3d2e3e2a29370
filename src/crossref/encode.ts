import { CLAUSE_BREAK, ID_SHIFT, NAME_BIT, type Dictionary } from './dictionary.ts';
import type { Token } from './tokenize.ts';

/**
 * A sentence as the matcher sees it: the ids of its weighted tokens, each key once (first
 * occurrence, encoded with its name flag (see NAME_BIT)), clauses separated by CLAUSE_BREAK. Word order inside a clause is kept.
 */
export function encodeTokens(tokens: readonly Token[], dict: Dictionary): Uint32Array {
  const out: number[] = [];
  // Seen ids, not keys: one key is one id, and a short array scan beats hashing each key twice
  // more (a sentence has a few dozen tokens at most).
  const seen: number[] = [];
  let clause = -1;
  for (const t of tokens) {
    if (t.weight <= 0 || !t.key) continue;
    const id = dict.id(t.key);
    if (seen.includes(id)) continue;
    seen.push(id);
    if (clause !== -1 && t.clause !== clause && out.length > 0) out.push(CLAUSE_BREAK);
    clause = t.clause;
    out.push((id << ID_SHIFT) | (t.name ? NAME_BIT : 0));
  }
  return Uint32Array.from(out);
}

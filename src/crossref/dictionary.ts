import { keyWeight } from './token-weight.ts';

/** Token id 0 separates clauses in encoded sentences; real ids start at 1. */
export const CLAUSE_BREAK = 0;
/**
 * Encoded token: `id << 1 | nameFlag`, the flag set when the token was written as a name
 * (capitalized mid-sentence). The low bit keeps values small integers, which V8 handles
 * without boxing (a high bit would not).
 */
export const NAME_BIT = 1;
export const ID_SHIFT = 1;
/**
 * A name counts half: two claims of one story share their actors ("Putin said…"), so names say
 * who rather than what was claimed.
 */
export const NAME_FACTOR = 0.5;

/**
 * Token keys to dense ids, with each id's weight in a typed array so that scoring stored
 * sentences never touches strings. A dictionary loaded from a snapshot finds its keys by binary
 * search through their code-unit order (no Map of a hundred thousand keys to build at
 * start-up); keys added later go to a Map.
 */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly keys: string[];
  weights: Float32Array;
  /**
   * The loaded keys' ids in code-unit order of their keys (entry 0: the clause break, left out
   * of the search); `ids` holds those found once, and keys added later.
   */
  private readonly order: Uint32Array;

  /**
   * `keyWeights`, when given, must hold keyWeight(key) of each key (as a snapshot stores it);
   * `keyOrder`, the ids in code-unit order of their keys (without it, `keys` are in that order).
   */
  constructor(keys: string[] = [''], keyWeights?: Float32Array, keyOrder?: Uint32Array) {
    this.keys = keys;
    this.order = keyOrder ?? Uint32Array.from(keys, (_, i) => i);
    this.weights = new Float32Array(Math.max(1024, keys.length * 2));
    if (keyWeights) this.weights.set(keyWeights.subarray(0, keys.length));
    else for (let i = 1; i < keys.length; i++) this.weights[i] = keyWeight(keys[i]!);
  }

  get size(): number {
    return this.keys.length;
  }

  id(key: string): number {
    let id = this.lookup(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
      if (id >= this.weights.length) {
        const grown = new Float32Array(this.weights.length * 2);
        grown.set(this.weights);
        this.weights = grown;
      }
      this.weights[id] = keyWeight(key);
    }
    return id;
  }

  lookup(key: string): number | undefined {
    const id = this.ids.get(key);
    const order = this.order;
    if (id !== undefined || order.length <= 1) return id;
    const keys = this.keys;
    let lo = 1;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const found = order[mid]!;
      const k = keys[found]!;
      if (k === key) {
        // Remembered: ingest looks the same common keys up again and again.
        this.ids.set(key, found);
        return found;
      }
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/**
 * A dictionary holding exactly these keys, id i for keys[i] (keys[0] is the clause break);
 * `keyOrder` lists every id once, 0 first, then the others so that their keys are strictly
 * increasing in code-unit order (as serialize writes them).
 */
export function dictionaryFromKeys(
  keys: string[],
  keyWeights: Float32Array,
  keyOrder: Uint32Array,
): Dictionary {
  if (keys[0] !== '') throw new Error('dictionary must start with the clause break');
  if (keyWeights.length !== keys.length) throw new Error('key weights count');
  if (keyOrder.length !== keys.length || keyOrder[0] !== 0) throw new Error('key order count');
  // In bounds and increasing keys: every id at most once, so (as many as there are keys) each once.
  for (let i = 1; i < keyOrder.length; i++) {
    const id = keyOrder[i]!;
    if (id === 0 || id >= keys.length) throw new Error(`key order names id ${id}`);
    if (i > 1 && !(keys[keyOrder[i - 1]!]! < keys[id]!))
      throw new Error(`dictionary keys out of order at ${i}`);
  }
  if (keys.length > 1 && keys[keyOrder[1]!] === '') throw new Error('empty dictionary key');
  return new Dictionary(keys, keyWeights, keyOrder);
}

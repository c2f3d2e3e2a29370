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
 * sentences never touches strings. A dictionary loaded from a snapshot keeps its keys sorted
 * and finds them by binary search (no Map of a hundred thousand keys to build at start-up);
 * keys added later go to a Map.
 */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly keys: string[];
  weights: Float32Array;
  /** Keys [1, sortedEnd) are in code-unit order; `ids` holds those found once, and the rest. */
  private readonly sortedEnd: number;

  /** `keyWeights`, when given, must hold keyWeight(key) of each key (as a snapshot stores it). */
  constructor(sortedKeys: string[] = [''], keyWeights?: Float32Array) {
    this.keys = sortedKeys;
    this.sortedEnd = sortedKeys.length;
    this.weights = new Float32Array(Math.max(1024, sortedKeys.length * 2));
    if (keyWeights) this.weights.set(keyWeights.subarray(0, sortedKeys.length));
    else for (let i = 1; i < sortedKeys.length; i++) this.weights[i] = keyWeight(sortedKeys[i]!);
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
    if (id !== undefined || this.sortedEnd <= 1) return id;
    const keys = this.keys;
    let lo = 1;
    let hi = this.sortedEnd - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      if (k === key) {
        // Remembered: ingest looks the same common keys up again and again.
        this.ids.set(key, mid);
        return mid;
      }
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/**
 * A dictionary holding exactly these keys, id i for keys[i] (keys[0] is the clause break); the
 * keys must be strictly increasing in code-unit order (as serialize writes them).
 */
export function dictionaryFromSortedKeys(keys: string[], keyWeights?: Float32Array): Dictionary {
  if (keys[0] !== '') throw new Error('dictionary must start with the clause break');
  for (let i = 2; i < keys.length; i++) {
    if (!(keys[i - 1]! < keys[i]!)) throw new Error(`dictionary keys out of order at ${i}`);
  }
  if (keys.length > 1 && keys[1] === '') throw new Error('empty dictionary key');
  if (keyWeights && keyWeights.length !== keys.length) throw new Error('key weights count');
  return new Dictionary(keys, keyWeights);
}

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
 * sentences never touches strings.
 */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [''];
  weights = new Float32Array(1024);

  get size(): number {
    return this.keys.length;
  }

  id(key: string): number {
    let id = this.ids.get(key);
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
    return this.ids.get(key);
  }
}

/** A dictionary holding exactly these keys, id i for keys[i] (keys[0] is the clause break). */
export function dictionaryFromKeys(keys: readonly string[]): Dictionary {
  const dict = new Dictionary();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    if (dict.id(key) !== i) throw new Error(`duplicate dictionary key "${key}" at ${i}`);
  }
  return dict;
}

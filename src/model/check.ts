/**
 * Tiny structural validators for data that crosses a trust boundary (messages, imported files).
 * A check returns null when the value fits, else one plain-text reason naming the path.
 * Hand-written rather than a schema library: the shapes are few and the bundle stays small.
 */
export type Check = (value: unknown, path: string) => string | null;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (field missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : typeof value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const str =
  (maxLength: number): Check =>
  (v, path) => {
    if (typeof v !== 'string') return `${path}: expected a string, got ${describe(v)}`;
    if (v.length > maxLength) return `${path}: too long (${v.length} > ${maxLength} characters)`;
    return null;
  };

export const int =
  (min: number, max: number = Number.MAX_SAFE_INTEGER): Check =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      return `${path}: expected an integer, got ${describe(v)}`;
    }
    if (v < min || v > max) return `${path}: ${v} is out of range [${min}, ${max}]`;
    return null;
  };

export const finite: Check = (v, path) =>
  typeof v === 'number' && Number.isFinite(v) ? null : `${path}: expected a number`;

export const bool: Check = (v, path) =>
  typeof v === 'boolean' ? null : `${path}: expected true or false, got ${describe(v)}`;

export const oneOf =
  <T>(values: readonly T[]): Check =>
  (v, path) =>
    values.includes(v as T)
      ? null
      : `${path}: expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;

export const nullable =
  (check: Check): Check =>
  (v, path) =>
    v === null ? null : check(v, path);

/** Missing or undefined is fine; otherwise the value must pass `check`. */
export const optional =
  (check: Check): Check =>
  (v, path) =>
    v === undefined ? null : check(v, path);

export const arrayOf =
  (item: Check, maxItems: number): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return `${path}: expected an array, got ${describe(v)}`;
    if (v.length > maxItems) return `${path}: too many items (${v.length} > ${maxItems})`;
    for (let i = 0; i < v.length; i++) {
      const error = item(v[i], `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  };

/**
 * An object carrying these fields. Unknown fields are ignored here: whoever stores the value
 * copies only the known fields (see store/normalize), so nothing unexpected is kept, and a
 * newer sender that adds an optional field is not locked out.
 */
export const object =
  (shape: Record<string, Check>): Check =>
  (v, path) => {
    if (!isRecord(v)) return `${path}: expected an object, got ${describe(v)}`;
    for (const [key, check] of Object.entries(shape)) {
      const error = check(v[key], `${path}.${key}`);
      if (error) return error;
    }
    return null;
  };

export const empty: Check = object({});

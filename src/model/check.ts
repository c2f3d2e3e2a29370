import * as v from 'valibot';

/**
 * Building blocks of the schemas for data that crosses a trust boundary (messages, backup
 * files), on valibot: each type has one schema, its TypeScript type is inferred from it, and a
 * value that does not fit gets one plain-text reason naming the field, e.g.
 * `params.sentences[3].kind: expected one of "sourced", "anonymous", …`.
 * Objects keep only the fields their schema names (valibot's object output is a new object of
 * the known keys), so nothing unexpected is stored or forwarded, `__proto__` included.
 */
export type Schema<T = unknown> = v.GenericSchema<unknown, T>;
export type Infer<S extends v.GenericSchema> = v.InferOutput<S>;
export { nullable, optional } from 'valibot';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (field missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : typeof value;
}

const got =
  (expected: string) =>
  (issue: { input: unknown }): string =>
    `expected ${expected}, got ${describe(issue.input)}`;

/** A string of at most `maxLength` characters. */
export const text = /* @__NO_SIDE_EFFECTS__ */ (maxLength: number) =>
  v.pipe(
    v.string(got('a string')),
    v.maxLength(maxLength, (issue) => `too long (${issue.input.length} > ${maxLength} characters)`),
  );

/** A safe integer in [min, max]. */
export const integer = /* @__NO_SIDE_EFFECTS__ */ (
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
) => {
  const range = (issue: { input: number }) => `${issue.input} is out of range [${min}, ${max}]`;
  return v.pipe(
    v.number(got('an integer')),
    v.integer(got('an integer')),
    v.minValue(min, range),
    v.maxValue(max, range),
  );
};

export const finiteNumber = v.pipe(v.number('expected a number'), v.finite('expected a number'));

export const flag = v.boolean(got('true or false'));

/** One of a fixed list of values: the list the type is inferred from. */
export const oneOf = /* @__NO_SIDE_EFFECTS__ */ <const T extends readonly (string | number)[]>(
  options: T,
) => v.picklist(options, `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}`);

/**
 * An object (not an array, not null) with these fields; the output carries only them. A newer
 * sender's extra optional field is dropped, not refused.
 */
export const record = /* @__NO_SIDE_EFFECTS__ */ <const E extends v.ObjectEntries>(
  entries: E,
  message?: string,
) =>
  v.pipe(
    v.custom<Record<string, unknown>>(isRecord, message ?? got('an object')),
    requiredFields(entries),
    v.object(entries),
  );

/**
 * A missing required field, told in its own schema's words ("title: expected a string, got
 * nothing (field missing)") rather than valibot's generic "Invalid key".
 */
/* @__NO_SIDE_EFFECTS__ */
function requiredFields(entries: v.ObjectEntries) {
  return v.rawCheck<Record<string, unknown>>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const [key, schema] of Object.entries(entries)) {
      if (key in dataset.value) continue;
      const missing = v.safeParse(schema, undefined);
      if (missing.success) continue;
      addIssue({
        message: missing.issues[0].message,
        path: [{ type: 'object', origin: 'value', input: dataset.value, key, value: undefined }],
      });
      return;
    }
  });
}

/** An array of at most `maxItems` items; the length is checked before any item. */
export const list = /* @__NO_SIDE_EFFECTS__ */ <S extends v.GenericSchema>(
  item: S,
  maxItems: number,
) =>
  v.pipe(
    v.array(v.unknown(), got('an array')),
    v.maxLength(maxItems, (issue) => `too many items (${issue.input.length} > ${maxItems})`),
    v.array(item),
  );

/** A problem an extra rule found, at `path` under the value. */
export interface Problem {
  path: Array<string | number>;
  message: string;
}

/** `schema` with an extra rule over the whole value (several fields together). */
/* @__NO_SIDE_EFFECTS__ */
export function withRule<S extends v.GenericSchema>(
  schema: S,
  find: (value: v.InferOutput<S>) => Problem | null,
): v.SchemaWithPipe<readonly [S, v.RawCheckAction<v.InferOutput<S>>]> {
  const action = v.rawCheck<v.InferOutput<S>>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = find(dataset.value);
    if (!problem) return;
    addIssue({
      message: problem.message,
      path: problem.path.map((key) => ({
        type: typeof key === 'number' ? 'array' : 'object',
        origin: 'value',
        input: dataset.value,
        key,
        value: undefined,
      })) as never,
    });
  });
  return v.pipe(schema, action);
}

/** `root.field[2].name`, from valibot's issue path. */
function pathOf(root: string, issue: v.BaseIssue<unknown>): string {
  let path = root;
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
  }
  return path;
}

/** The value as its schema outputs it (known fields only), or the first problem, named. */
export function parse<T>(
  schema: Schema<T>,
  value: unknown,
  root: string,
): { ok: true; value: T } | { ok: false; error: string; path: string; message: string } {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = pathOf(root, issue);
  const error = path ? `${path}: ${issue.message}` : issue.message;
  return { ok: false, error, path, message: issue.message };
}

/** Null when `value` fits `schema`, else the first problem, named by its path under `root`. */
export function firstError(schema: Schema, value: unknown, root: string): string | null {
  const result = parse(schema, value, root);
  return result.ok ? null : result.error;
}

// The schemas data crossing a trust boundary goes through: what they refuse (named by field), and
// what their output keeps (only the fields a schema names, never a prototype).
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../../../src/model/claim.ts';
import { firstError, integer, list, parse, record, text } from '../../../src/model/check.ts';
import { exportHeaderSchema } from '../../../src/model/export-file.ts';
import { reportInputSchema, reportSchema } from '../../../src/model/validate-report.ts';
import { makeReport } from '../store/make-report.ts';

const input = makeReport(
  'https://news.example/a',
  'Officials said the bridge reopened. It rained.',
);
const stored = { ...input, id: 4, readAt: 1_700_000_000_000 };

describe('report schemas', () => {
  it('keep only the fields a report has, however the value was built', () => {
    const hostile = JSON.parse(
      JSON.stringify({ ...stored, tracking: 'x'.repeat(1000), html: '<b>' }).replace(
        /^\{/,
        '{"__proto__":{"polluted":true},',
      ),
    ) as Record<string, unknown>;
    hostile.sentences = (stored.sentences as object[]).map((s) => ({ ...s, extra: 1 }));
    const out = parse(reportSchema, hostile, 'report');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(Object.keys(out.value).sort()).toEqual(Object.keys(stored).sort());
    expect(Object.keys(out.value.sentences[0]!)).not.toContain('extra');
    expect(Object.getPrototypeOf(out.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.value).toEqual(stored);
  });

  it.each<[string, unknown, string]>([
    ['an array as report', [stored], 'report: expected an object, got an array'],
    ['null', null, 'report: expected an object, got null'],
    [
      'a missing field',
      { ...stored, title: undefined },
      'report.title: expected a string, got nothing (field missing)',
    ],
    ['a string id', { ...stored, id: '4' }, 'report.id: expected an integer, got a string'],
    ['a fractional id', { ...stored, id: 1.5 }, 'report.id: expected an integer, got number'],
    ['id 0', { ...stored, id: 0 }, 'report.id: 0 is out of range [1, 9007199254740991]'],
    ['a negative readAt', { ...stored, readAt: -1 }, 'report.readAt: must not be negative'],
    ['an infinite readAt', { ...stored, readAt: Infinity }, 'report.readAt: expected a number'],
    [
      'a javascript: url',
      { ...stored, url: 'javascript:alert(1)' },
      'report.url: only http and https addresses are kept, not "javascript:"',
    ],
    [
      'a relative canonical url',
      { ...stored, canonicalUrl: '/a' },
      'report.canonicalUrl: not an absolute http or https address',
    ],
    ['an empty url', { ...stored, url: '' }, 'report.url: must not be empty'],
    [
      'a title over the cap',
      { ...stored, title: 'x'.repeat(2001) },
      'report.title: too long (2001 > 2000 characters)',
    ],
    [
      'an unknown claim kind',
      { ...stored, sentences: [{ ...stored.sentences[0]!, kind: 'rumour' }] },
      `report.sentences[0].kind: expected one of ${CLAIM_KINDS.map((k) => `"${k}"`).join(', ')}`,
    ],
    [
      'sentences out of order',
      { ...stored, sentences: [{ ...stored.sentences[0]!, index: 1 }] },
      'report.sentences[0].index: expected 0, got 1',
    ],
    [
      'offsets past the text',
      { ...stored, sentences: [{ ...stored.sentences[0]!, end: 10_000 }] },
      `report.sentences[0]: offsets 0..10000 lie outside the text (${stored.text.length} characters)`,
    ],
  ])('refuse %s, naming the field and the problem', (_name, value, message) => {
    expect(firstError(reportSchema, value, 'report')).toBe(message);
  });

  it('take a report without id and readAt as input, not as a stored report', () => {
    expect(firstError(reportInputSchema, input, 'report')).toBeNull();
    expect(firstError(reportSchema, input, 'report')).toMatch(/^report\.id: expected an integer/);
  });
});

describe('building blocks', () => {
  it('check an array’s length before any of its items', () => {
    const many = Array.from({ length: 100_001 }, () => ({ bad: true }));
    expect(firstError(list(text(5), 1_000), many, 'xs')).toBe('xs: too many items (100001 > 1000)');
    expect(firstError(list(text(5), 3), ['ok', 7], 'xs')).toBe(
      'xs[1]: expected a string, got number',
    );
  });

  it('name nested paths and ignore unknown keys', () => {
    const schema = record({ a: record({ b: list(integer(0, 9), 3) }) });
    expect(firstError(schema, { a: { b: [1, 10] } }, 'p')).toBe(
      'p.a.b[1]: 10 is out of range [0, 9]',
    );
    expect(parse(schema, { a: { b: [1], c: 2 }, d: 3 }, 'p')).toEqual({
      ok: true,
      value: { a: { b: [1] } },
    });
  });

  it('tell a file that is not ours in the header’s own words', () => {
    expect(
      firstError(exportHeaderSchema, { format: 'pocket', version: 2, exportedAt: 'x' }, ''),
    ).toBe(
      'format: the file is not a Corroborate export (format is "pocket", expected "corroborate-export")',
    );
    expect(firstError(exportHeaderSchema, 'text', '')).toBe(
      'the file is not a Corroborate export (expected a JSON object)',
    );
  });
});

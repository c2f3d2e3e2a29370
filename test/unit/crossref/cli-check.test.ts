// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_BIN } from '../../tools/built-cli.ts';

/** Each case spawns the compiled CLI: generous on a busy machine. */
const CLI_TIMEOUT_MS = 60_000;
import { AGGREGATOR, AP } from './seed.ts';

const BIN = CLI_BIN;

function check(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'check', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('corroborate check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ap = join(dir, 'ap.txt');
  const agg = join(dir, 'aggregator.txt');
  writeFileSync(ap, AP.sentences.map((s) => s.text).join(' '));
  writeFileSync(agg, AGGREGATOR.sentences.map((s) => s.text).join('\n\n'));

  it(
    'lists, per claim of the page, the earlier report’s sentence and what differs',
    () => {
      const r = check(agg, '--against', ap, '--json');
      expect(r.code).toBe(0);
      const claims = r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(claims.every((c) => c.file === agg && c.kind !== 'none')).toBe(true);
      const emphasis = claims.find((c) => c.text.includes('emphasised the need'));
      expect(emphasis).toBeDefined();
      const match = emphasis.matches[0];
      expect(match.report).toBe(ap);
      expect(match.sentence).toContain('emphasized the need');
      expect(match.score).toBeGreaterThanOrEqual(0.5);
      expect(match.relation).toBe('overlap'); // the AP sentence is one clause of ours
      expect(match.differences.map((d: { type: string }) => d.type)).toContain('wording');
      const blinken = claims.find((c) => c.text.includes('verifiable, credible'));
      expect(blinken?.matches).toEqual([]);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'prints a readable report without --json',
    () => {
      const r = check(agg, '--against', ap);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`same story: ${ap} (original`);
      expect(r.out).toContain('wording (spelling): this page "emphasised", the other "emphasized"');
      expect(r.out).not.toContain('\x1b['); // no colour when not on a terminal
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'fails clearly on usage errors and unreadable files',
    () => {
      expect(check(agg).err).toContain('at least one --against FILE');
      const missing = check(agg, '--against', join(dir, 'nope.txt'));
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('cannot read');
    },
    CLI_TIMEOUT_MS,
  );
});

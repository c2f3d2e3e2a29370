// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_BIN } from '../../tools/built-cli.ts';

/** Each case spawns the compiled CLI: generous on a busy machine. */
const CLI_TIMEOUT_MS = 60_000;
import { CLAIM_THRESHOLD, claimScore, linkScore } from '../../../src/crossref/index.ts';

const BIN = CLI_BIN;

function pairs(input: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'pairs', ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const A =
  'Russian President Vladimir Putin has said he is “ready to work further” with the West on security issues to de-escalate tensions over Ukraine, but emphasised the need for the West to heed Russia’s main demands.';
const B = 'But he emphasized the need for the West to heed Russia’s main demands.';
const C = 'Russia denies it has any such plans.';
// A reworded claim: the same claim at --level claim.
const P =
  'Putin said he doesn’t want war and called for “peaceful” discussions over Ukraine’s bid to join NATO.';
const Q =
  'Putin said he did not want a war and called for peaceful discussions on Ukraine’s bid to join NATO.';

describe('corroborate pairs', () => {
  it(
    'prints the engine’s score and decision per line',
    () => {
      const r = pairs(`${P}\t${Q}\n${B}\t${C}\n`);
      expect(r.code).toBe(0);
      const expected = [claimScore(P, Q), claimScore(B, C)].map(
        (s) => `${s.toFixed(4)}\t${s >= CLAIM_THRESHOLD ? 1 : 0}`,
      );
      expect(r.out).toBe(`${expected.join('\n')}\n`);
      expect(r.out.split('\n')[0]).toMatch(/\t1$/);
      expect(r.out.split('\n')[1]).toMatch(/\t0$/);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'links a claim inside a longer sentence with --level link, not with --level claim',
    () => {
      const link = pairs(`${A}\t${B}\n`, '--level', 'link');
      const claim = pairs(`${A}\t${B}\n`);
      expect(link.out).toBe(`${linkScore(A, B).toFixed(4)}\t1\n`);
      expect(claim.out).toMatch(/\t0\n$/);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'scores stories with --level story',
    () => {
      const r = pairs(`${A} ${C}\t${B} ${C}\n`, '--level', 'story');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^\d\.\d{4}\t1\n$/);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'names the line without a tab and exits 2',
    () => {
      const r = pairs(`${A}\t${B}\nno tab on this line\n`);
      expect(r.code).toBe(2);
      expect(r.err).toContain('line 2: expected text1<TAB>text2');
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'rejects an unknown level',
    () => {
      const r = pairs('', '--level', 'word');
      expect(r.code).toBe(2);
      expect(r.err).toContain('--level must be "claim", "link" or "story"');
    },
    CLI_TIMEOUT_MS,
  );
});

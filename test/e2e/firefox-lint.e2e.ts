// The builds that go to the stores: Mozilla's linter (web-ext lint, offline) finds
// no error and no warning beyond the one known — Preact's renderer has an innerHTML
// path for dangerouslySetInnerHTML, which our lint bans, so page text never reaches
// it — and both store manifests ask for no test-only access yet keep every part the
// code relies on (storeProblems in test/tools/package.ts, also run by `npm run package`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFirefox, storeProblems } from '../tools/package.ts';
import { buildMode } from './harness/firefox.ts';

describe('store builds', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'corroborate-lint-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Each mode built once for the whole file. */
  const built = new Map<string, string>();
  const build = (mode: string): string => {
    const known = built.get(mode);
    if (known) return known;
    const dir = join(work, mode);
    buildMode(mode, dir);
    built.set(mode, dir);
    return dir;
  };

  for (const mode of ['firefox', 'firefox-store']) {
    it(`web-ext lint passes the ${mode} build with no errors`, { timeout: 120_000 }, () => {
      const dir = build(mode);
      const lint = lintFirefox(dir);
      expect(lint.messages.filter((m) => m.level === 'error')).toEqual([]);
      const warnings = lint.messages.filter((m) => m.level === 'warning');
      const preact = (m: (typeof warnings)[number]) =>
        m.code === 'UNSAFE_VAR_ASSIGNMENT' &&
        m.file !== null &&
        readFileSync(join(dir, m.file), 'utf8').includes('dangerouslySetInnerHTML');
      expect(warnings.filter((m) => !preact(m))).toEqual([]);
      // Preact ships twice: in the extension pages' chunk and in the self-contained content script.
      expect(warnings.length).toBeLessThanOrEqual(2);
    });
  }

  for (const [mode, browser] of [
    ['store', 'chrome'],
    ['firefox-store', 'firefox'],
  ] as const) {
    it(`the ${mode} build is store-ready`, { timeout: 120_000 }, () => {
      expect(storeProblems(build(mode), browser)).toEqual([]);
    });
  }
});

// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/model/validate-report.ts';
import { CLI_BIN } from '../../tools/built-cli.ts';

/** Each case spawns the compiled CLI: generous on a busy machine. */
const CLI_TIMEOUT_MS = 60_000;
const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const AP = join(PAGES, 'ap-putin-talks/index.html');
const AGGREGATOR = join(PAGES, 'aggregator-putin-talks/index.html');

function pack(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI_BIN, 'pack', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function lines(text: string): Record<string, unknown>[] {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('corroborate pack', { timeout: CLI_TIMEOUT_MS }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a JSON Lines backup: the header, then one valid report per page', () => {
    const out = join(dir, 'seed.jsonl');
    const r = pack([AP, AGGREGATOR, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/2 of 2 pages packed into .*seed\.jsonl in [\d.]+ s \([\d.]+ pages\/s\)/);
    const [header, ...reports] = lines(readFileSync(out, 'utf8'));
    expect(header).toMatchObject({ format: 'corroborate-export', version: 2 });
    expect(reports).toHaveLength(2);
    reports.forEach((report, i) => expect(checkReport(report, `line ${i + 2}`)).toBeNull());
    // The saved page's own address (its canonical link), not the file's.
    expect(reports[0]).toMatchObject({
      url: 'https://apnews.com/article/russia-ukraine-putin-scholz-security-talks-troops-2022-02-15',
      site: 'AP News',
      publishedTime: '2022-02-15T13:28:41Z',
    });
    expect(reports[1]).toMatchObject({ site: 'World Opinions' });
    expect((reports[1]!.sentences as unknown[]).length).toBeGreaterThan(5);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('reads folders, and a list of paths on standard input; skips and lists what fails', () => {
    const broken = join(dir, 'broken.html');
    writeFileSync(broken, 'PK\u0003\u0004 not a page');
    const fromFolder = pack([PAGES, broken]);
    expect(fromFolder.code).toBe(0);
    const folderReports = lines(fromFolder.out).slice(1);
    // Every fixture page but the script-built one (no article in its saved markup).
    expect(folderReports.map((r) => r.site)).toContain('AP News');
    expect(fromFolder.err).toMatch(/skipped \d+:/);
    // A page that does not say where it came from: the store keeps web addresses only.
    expect(fromFolder.err).toContain(
      `${join(PAGES, 'hostile-rewrite/index.html')}: no web address in the page`,
    );
    expect(fromFolder.err).toContain(`${join(PAGES, 'spa-news/index.html')}: no article found`);
    expect(fromFolder.err).toContain(`${broken}: ${broken}: not an HTML text file`);

    const missing = join(dir, 'missing.html');
    const fromList = pack(['-'], `${AP}\n\n${missing}\n`);
    expect(fromList.code).toBe(0);
    expect(lines(fromList.out)).toHaveLength(2);
    expect(fromList.err).toContain(`${missing}: cannot read (ENOENT)`);
  });

  it('exits 1 and leaves no file when no page could be packed', () => {
    const out = join(dir, 'none.jsonl');
    const r = pack([join(dir, 'nowhere.html'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/0 of 1 pages packed/);
    expect(existsSync(out)).toBe(false);
  });
});

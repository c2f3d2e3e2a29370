import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BIN } from '../../tools/built-cli.ts';
import { FIXTURES } from './load-fixture.ts';

const ROOT = join(import.meta.dirname, '../../..');
const AP = join(FIXTURES, 'pages/ap-putin-talks/index.html');
const AGGREGATOR = join(FIXTURES, 'pages/aggregator-putin-talks/index.html');
const HOME = join(FIXTURES, 'extract/home-page/source.html');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI_BIN, 'extract', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('corroborate extract', () => {
  it('prints the article body, paragraphs separated by a blank line', () => {
    const { code, stdout } = run([AP]);
    expect(code).toBe(0);
    const paragraphs = stdout.trimEnd().split('\n\n');
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toMatch(/^Moscow: Russian President Vladimir Putin said Tuesday/);
    expect(stdout).not.toContain('Related coverage');
  });

  it('--json prints one JSON object per file (JSON Lines)', () => {
    const { code, stdout } = run([AP, AGGREGATOR, '--json']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [ap, agg] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(ap!).sort()).toEqual(
      ['byline', 'file', 'lang', 'paragraphs', 'publishedTime', 'siteName', 'text', 'title'].sort(),
    );
    expect(ap).toMatchObject({
      file: AP,
      siteName: 'AP News',
      lang: 'en',
      publishedTime: '2022-02-15T13:28:41Z',
    });
    expect(agg).toMatchObject({ siteName: 'World Opinions', byline: 'Nadia Karam' });
    expect(agg!.paragraphs).toHaveLength(8);
    expect(agg!.text).toBe((agg!.paragraphs as string[]).join('\n\n'));
  });

  it('reads standard input for -', () => {
    const html =
      '<html><head><title>x</title></head><body><p>' +
      'A sentence that is long enough, with a comma. '.repeat(12) +
      '</p></body></html>';
    const { code, stdout } = run(['-', '--json'], html);
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as { file: string; text: string };
    expect(record.file).toBe('-');
    expect(record.text).toMatch(/^A sentence that is long enough/);
  });

  it('a page with no article gives empty text and exit 0', () => {
    const { code, stdout } = run([HOME, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ text: '', paragraphs: [] });
  });

  it('unreadable input: one line on stderr, exit 2', () => {
    const { code, stdout, stderr } = run(['/nonexistent/page.html']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('/nonexistent/page.html');
  });

  it('binary input is refused, not guessed at', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-extract-'));
    try {
      const file = join(dir, 'page.html.gz');
      writeFileSync(file, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]));
      const { code, stderr } = run([file]);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

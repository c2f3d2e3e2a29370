// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BIN } from '../../tools/built-cli.ts';

/** Each case spawns the compiled CLI: generous on a busy machine. */
const CLI_TIMEOUT_MS = 60_000;
const ROOT = join(import.meta.dirname, '../../..');
const AP = join(ROOT, 'test/fixtures/pages/ap-putin-talks/index.html');
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('corroborate arguments', { timeout: CLI_TIMEOUT_MS }, () => {
  it.each([['--version'], ['-V']])('%s prints the package version', (flag) => {
    expect(cli([flag])).toMatchObject({ code: 0, out: `${VERSION}\n` });
  });

  it.each(['extract', 'claims', 'check', 'pairs', 'pack'])(
    '%s -h and --help print that command’s help, exit 0, read no file',
    (command) => {
      for (const flag of ['-h', '--help']) {
        const r = cli([command, flag]);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(new RegExp(`^usage: corroborate ${command}\\b`));
        expect(r.out).toContain('-h, --help');
        expect(r.err).toBe('');
      }
      expect(cli(['help', command]).out).toBe(cli([command, '--help']).out);
    },
  );

  it('a value given to a flag is an error, never read as on (--json=false)', () => {
    const r = cli(['extract', AP, '--json=false']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/--json' does not take an argument/);
  });

  it('an unknown option or command is a usage error naming it', () => {
    const option = cli(['claims', AP, '--jsno']);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/Unknown option '--jsno'/);
    const command = cli(['extrac']);
    expect(command.code).toBe(2);
    expect(command.err).toMatch(/unknown command "extrac"/);
  });

  it('no command prints the command list on stderr and exits 2', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^usage: corroborate <command>/);
    expect(r.err).toContain('pack PAGE...');
  });

  it('a file named like an option is reached after --', () => {
    const r = cli(['extract', '--', '-h']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot read -h');
  });
});

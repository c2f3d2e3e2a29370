// The compiled CLI the tests and evaluations run (dist-cli/corroborate.js, what `npm pack`
// ships), rebuilt first when any source is newer than it, so they never test a stale build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
export const CLI_BIN = join(ROOT, 'dist-cli/corroborate.js');
const INPUTS = ['src', 'vite.cli.config.ts', 'package.json'];

function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

/** Builds the CLI when missing or older than its sources; returns its path. */
export function builtCli(): string {
  const built = existsSync(CLI_BIN) ? statSync(CLI_BIN).mtimeMs : 0;
  const sources = Math.max(...INPUTS.map((p) => newestChange(join(ROOT, p))));
  if (built < sources) {
    const r = spawnSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('npm run build:cli failed');
  }
  return CLI_BIN;
}

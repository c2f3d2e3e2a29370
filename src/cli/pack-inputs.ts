import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError, readInput } from './io.ts';

/** Saved pages in a folder: what browsers write with "Save page as". */
const PAGE_FILE = /\.(?:html?|xhtml)$/i;

/**
 * The page files named by `args`: files as given, folders searched (recursively, sorted) for
 * .html/.htm files, and `-` for a list of paths on standard input, one per line.
 */
export async function packInputs(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      const list = await readInput('-');
      for (const line of list.split(/\r?\n/)) {
        const path = line.trim();
        if (path) files.push(...(await expand(path)));
      }
    } else files.push(...(await expand(arg)));
  }
  return files;
}

async function expand(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    // A missing file is listed with the pages that failed, not a reason to stop the rest.
    return [path];
  }
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && PAGE_FILE.test(e.name)) found.push(full);
    }
  };
  await walk(path);
  if (found.length === 0) throw new CliError(`${path}: no .html pages in this folder`);
  return found;
}

import { readFile } from 'node:fs/promises';

/** Thrown for bad usage or unreadable input; the CLI prints the message and exits 2. */
export class CliError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Reads a file argument, `-` meaning standard input. Errors name the file. */
export async function readInput(file: string): Promise<string> {
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CliError(`cannot read ${file}: ${reason}`);
  }
}

/** Splits argv into positional arguments and `--flag` / `--key value` options. */
export function parseArgs(
  args: string[],
  valued: readonly string[] = [],
): { positional: string[]; flags: Set<string>; values: Map<string, string[]> } {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  let current: string | null = null;
  for (const arg of args) {
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (valued.includes(name)) {
        if (inline !== undefined) values.set(name, [...(values.get(name) ?? []), inline]);
        else current = name;
        if (!values.has(name)) values.set(name, []);
      } else {
        flags.add(name);
        current = null;
      }
    } else if (current) {
      values.get(current)!.push(arg);
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags, values };
}

/** Colour only when writing to a terminal, and never when NO_COLOR is set. */
export function colours(stream: NodeJS.WriteStream = process.stdout) {
  const on = Boolean(stream.isTTY) && !process.env.NO_COLOR;
  const wrap = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return {
    bold: wrap(1),
    dim: wrap(2),
    green: wrap(32),
    yellow: wrap(33),
    cyan: wrap(36),
    red: wrap(31),
  };
}

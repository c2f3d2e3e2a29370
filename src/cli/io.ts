import { readFile } from 'node:fs/promises';
import { parseArgs as nodeParseArgs } from 'node:util';

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

/** One option of a command, as `node:util` parseArgs takes it, with a line of help. */
export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  multiple?: boolean;
  /** Shown in the command's help: `--name ARG  what it does`. */
  help: string;
  arg?: string;
}

/** A command's usage line and options; `--help`/`-h` is added to every command. */
export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
}

export type Parsed = {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  tokens: ReturnType<typeof nodeParseArgs>['tokens'];
};

/** The help text of a command: usage, what it does, each option. */
export function helpText(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, help: HELP_OPTION }).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.arg ? ` ${o.arg}` : ''}`;
    return `  ${flag.padEnd(28)} ${o.help}`;
  });
  return `usage: ${spec.usage}\n\n${spec.summary}\n\noptions:\n${rows.join('\n')}\n`;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

/**
 * Parses a command's arguments strictly with `node:util` parseArgs: an unknown option, a value
 * given to a flag (`--json=false`) or a missing value is a usage error naming the option.
 * Returns null after printing the help when `--help`/`-h` is among them.
 */
export function parseCommand(args: string[], spec: CommandSpec): Parsed | null {
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, help: HELP_OPTION }).map(([name, o]) => [
      name,
      {
        type: o.type,
        ...(o.short ? { short: o.short } : {}),
        ...(o.multiple ? { multiple: true } : {}),
      },
    ]),
  );
  let parsed: Parsed;
  try {
    parsed = nodeParseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${message}\nusage: ${spec.usage}  (--help for more)`);
  }
  if (parsed.values.help === true) {
    process.stdout.write(helpText(spec));
    return null;
  }
  return parsed;
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

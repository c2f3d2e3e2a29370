import { version } from '../../package.json' with { type: 'json' };
import { CliError, EXIT_OK, EXIT_USAGE } from './io.ts';

const USAGE = `usage: corroborate <command> [options]

commands:
  extract FILE... [--json]                 print the article body of HTML files (- for stdin)
  claims FILE... [--json]                  sentences with claim kind, source and cue (.html or .txt)
  check PAGE --against FILE... [--json]    the claims of PAGE matched against earlier reports
  pairs [--level claim|link|story]         score<TAB>0|1 for each text1<TAB>text2 line on stdin
  pack PAGE... [--out FILE]                saved pages → a backup file the options page imports

  corroborate <command> --help             options of one command
  corroborate --version                    the version
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./command-extract.ts')).runExtract,
  claims: async () => (await import('./command-claims.ts')).runClaims,
  check: async () => (await import('./command-check.ts')).runCheck,
  pairs: async () => (await import('./command-pairs.ts')).runPairs,
  pack: async () => (await import('./command-pack.ts')).runPack,
};

export async function main(argv: string[]): Promise<number> {
  const [first, ...more] = argv;
  if (first === '--version' || first === '-V' || first === 'version') {
    process.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  // `corroborate help extract` is `corroborate extract --help`.
  const [name, ...rest] = first === 'help' && more[0] ? [more[0], '--help'] : [first, ...more];
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? process.stdout : process.stderr).write(USAGE);
    return name ? EXIT_OK : EXIT_USAGE;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`corroborate: unknown command "${name}"\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (
      await load()
    )(rest);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`corroborate ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

import { CliError, EXIT_USAGE } from './io.ts';

const USAGE = `usage: corroborate <command> [options]

commands:
  extract FILE... [--json]                 print the article body of HTML files (- for stdin)
  claims FILE... [--json]                  sentences with claim kind, source and cue (.html or .txt)
  check PAGE --against FILE... [--json]    the claims of PAGE matched against earlier reports
  pairs [--level claim|link|story]         score<TAB>0|1 for each text1<TAB>text2 line on stdin
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./command-extract.ts')).runExtract,
  claims: async () => (await import('./command-claims.ts')).runClaims,
  check: async () => (await import('./command-check.ts')).runCheck,
  pairs: async () => (await import('./command-pairs.ts')).runPairs,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : EXIT_USAGE;
  }
  const load = COMMANDS[name];
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

import { builtCli } from '../tools/built-cli.ts';

/** Once per vitest run, before any worker: the CLI tests spawn the compiled CLI. */
export default function setup(): void {
  builtCli();
}

import {
  CLAIM_THRESHOLD,
  STORY_THRESHOLD,
  claimScore,
  linkScore,
  rarityOf,
  storyScore,
  storySide,
} from '../crossref/index.ts';
import { CliError, EXIT_OK, parseCommand, readInput, type CommandSpec } from './io.ts';

/**
 * `corroborate pairs [--level claim|link|story]`: for each `text1<TAB>text2` line on stdin,
 * prints `score<TAB>0|1` with exactly the engine's score and threshold: `claim` says whether the
 * two are one claim reworded, `link` whether the popover would list one for the other (the same
 * claim or overlapping ones), `story` how surely two texts tell one story (graded; terms are
 * weighted by their rarity among all the texts given, as the extension weights them among the
 * reader's reports).
 */
export const PAIRS: CommandSpec = {
  name: 'pairs',
  usage: 'corroborate pairs [--level claim|link|story] < PAIRS.tsv',
  summary:
    "For each text1<TAB>text2 line on standard input, prints score<TAB>0|1 with the engine's score and threshold.",
  options: {
    level: {
      type: 'string',
      arg: 'LEVEL',
      help: 'claim (one claim reworded; default), link (listed in the popover) or story',
    },
  },
};

export async function runPairs(args: string[]): Promise<number> {
  const parsed = parseCommand(args, PAIRS);
  if (!parsed) return EXIT_OK;
  if (parsed.positionals.length > 0)
    throw new CliError('pairs reads text1<TAB>text2 lines from stdin; no file arguments');
  const level = (parsed.values.level as string | undefined) ?? 'claim';
  if (level !== 'claim' && level !== 'link' && level !== 'story') {
    throw new CliError(`--level must be "claim", "link" or "story", got "${level}"`);
  }
  const input = await readInput('-');
  const lines = input.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const pairs = lines.map((raw, i) => {
    const line = i === 0 ? raw.replace(/^\ufeff/, '') : raw;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new CliError(`line ${i + 1}: expected text1<TAB>text2, found no tab`);
    return [line.slice(0, tab), line.slice(tab + 1)] as const;
  });
  const sides =
    level === 'story'
      ? pairs.map(([a, b]) => [
          storySide({ title: '', text: a }),
          storySide({ title: '', text: b }),
        ])
      : [];
  const rarity = rarityOf(sides.flat().map((s) => s.bag));
  const out: string[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const [a, b] = pairs[i]!;
    const story = sides[i];
    const score =
      level === 'claim'
        ? claimScore(a, b)
        : level === 'link'
          ? linkScore(a, b)
          : storyScore(story![0]!, story![1]!, rarity);
    const linked = score >= (level === 'story' ? STORY_THRESHOLD : CLAIM_THRESHOLD);
    out.push(`${score.toFixed(4)}\t${linked ? 1 : 0}`);
  }
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
  return EXIT_OK;
}

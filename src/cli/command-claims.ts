import { analyseText } from '../claims/index.ts';
import type { ClaimKind, SentenceAnalysis } from '../model/claim.ts';
import { CliError, EXIT_OK, colours, parseCommand, readInput, type CommandSpec } from './io.ts';
import { parseHtml } from './parse-html.ts';

interface ArticleText {
  text: string;
  lang: string | null;
  title: string | null;
}

export const CLAIMS: CommandSpec = {
  name: 'claims',
  usage: 'corroborate claims FILE... [--json]',
  summary:
    'Each sentence of each file with its claim kind, source and cue (.html is extracted first, .txt is the body as is).',
  options: { json: { type: 'boolean', help: 'one JSON object per file (JSON Lines)' } },
};

/** `corroborate claims FILE... [--json]`: each sentence with its claim kind, source and cue. */
export async function runClaims(args: string[]): Promise<number> {
  const parsed = parseCommand(args, CLAIMS);
  if (!parsed) return EXIT_OK;
  const positional = parsed.positionals;
  if (positional.length === 0) throw new CliError(`no input file\nusage: ${CLAIMS.usage}`);
  const json = parsed.values.json === true;
  for (const file of positional) {
    const raw = await readInput(file);
    if (json) {
      process.stdout.write(JSON.stringify(await claimsJson(file, raw)) + '\n');
      continue;
    }
    const article = await articleOf(file, raw);
    const sentences = analyseText(article.text, { lang: article.lang, title: article.title });
    process.stdout.write(toHuman(file, sentences, positional.length > 1));
  }
  return EXIT_OK;
}

/** What `claims --json` prints for one file's contents: the evaluations call this in-process. */
export async function claimsJson(file: string, raw: string): Promise<ClaimsJson> {
  const article = await articleOf(file, raw);
  const sentences = analyseText(article.text, { lang: article.lang, title: article.title });
  return toJson(file, article.text, sentences);
}

/** `.txt` is the article body verbatim; anything else is HTML run through the extractor. */
async function articleOf(file: string, raw: string): Promise<ArticleText> {
  if (/\.txt$/i.test(file)) return { text: raw, lang: null, title: null };
  const { extractArticle } = await import('../extract/index.ts');
  const article = extractArticle(parseHtml(raw));
  const meta = article.metadata;
  return { text: article.text, lang: meta.lang ?? null, title: meta.title ?? null };
}

export type ClaimsJson = ReturnType<typeof toJson>;

function toJson(file: string, text: string, sentences: SentenceAnalysis[]) {
  return {
    file,
    text,
    sentences: sentences.map((s) => ({
      start: s.start,
      end: s.end,
      kind: s.kind,
      hedged: s.hedged,
      hedges: s.hedges,
      reasons: s.reasons,
      attributions: s.attributions,
    })),
  };
}

function toHuman(file: string, sentences: SentenceAnalysis[], many: boolean): string {
  const c = colours();
  const paint: Record<ClaimKind, (s: string) => string> = {
    sourced: c.green,
    anonymous: c.yellow,
    unattributed: c.red,
    none: c.dim,
  };
  const lines: string[] = [];
  if (many) lines.push(c.bold(`== ${file}`));
  for (const s of sentences) {
    const tag = paint[s.kind](s.kind.padEnd(12)) + (s.hedged ? c.yellow(' hedged') : '');
    lines.push(`${tag}  ${s.kind === 'none' ? c.dim(s.text) : s.text}`);
    for (const a of s.attributions) {
      const src = a.source
        ? `${a.source.text}${a.source.resolved ? ` → ${a.source.resolved}` : ''} (${a.source.type}${a.source.named ? '' : ', anonymous'})`
        : '(no source)';
      lines.push(`    ${c.cyan(src)} ${c.dim('cue:')} ${a.cue.text}`);
    }
    if (s.hedges.length > 0)
      lines.push(`    ${c.dim('hedges:')} ${s.hedges.map((h) => h.text).join(', ')}`);
    if (s.kind !== 'none' || s.reasons.length > 0)
      lines.push(`    ${c.dim(`why: ${s.reasons.join(', ')}`)}`);
  }
  return lines.join('\n') + '\n';
}

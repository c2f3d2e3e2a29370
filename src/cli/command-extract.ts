import { extractArticle } from '../extract/index.ts';
import type { ExtractedArticle } from '../extract/index.ts';
import { CliError, EXIT_OK, colours, parseCommand, readInput, type CommandSpec } from './io.ts';
import { parseHtml } from './parse-html.ts';

/** One line of `corroborate extract --json` (the CLI contract). */
export interface ExtractRecord {
  file: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  text: string;
  paragraphs: string[];
}

/**
 * Time budget per file on the command line: no page to keep responsive here, and
 * linkedom is several times slower than a browser DOM, so allow far more than the
 * in-page default while still bounding pathological input.
 */
export const CLI_BUDGET_MS = 5000;

/** Extracts one HTML string exactly as the `extract` command does (also used by eval-extract). */
export function extractRecord(html: string, file: string): ExtractRecord & { timedOut: boolean } {
  const article: ExtractedArticle = extractArticle(parseHtml(html), { budgetMs: CLI_BUDGET_MS });
  const { title, byline, siteName, publishedTime, lang } = article.metadata;
  return {
    file,
    title,
    byline,
    siteName,
    publishedTime,
    lang,
    text: article.text,
    paragraphs: article.paragraphs.map((p) => p.text),
    timedOut: article.timedOut,
  };
}

/** Rejects input that cannot be an HTML page (binary data), so bad input is reported, not guessed at. */
export function checkHtml(html: string, file: string): void {
  const head = html.slice(0, 4096);
  // NUL bytes or a gzip/zip/PDF signature: not text we can parse.
  if (head.includes('\u0000') || /^(?:\u001f\u008b|PK\u0003\u0004|%PDF-)/.test(head)) {
    throw new CliError(`${file}: not an HTML text file`);
  }
}

export const EXTRACT: CommandSpec = {
  name: 'extract',
  usage: 'corroborate extract FILE... [--json]',
  summary:
    'Prints the article body of each HTML file (- reads standard input), as the extension finds it.',
  options: { json: { type: 'boolean', help: 'one JSON object per file (JSON Lines)' } },
};

/** `corroborate extract FILE... [--json]`: prints each file's article body. */
export async function runExtract(args: string[]): Promise<number> {
  const parsed = parseCommand(args, EXTRACT);
  if (!parsed) return EXIT_OK;
  const positional = parsed.positionals;
  if (positional.length === 0) throw new CliError(`no input file\nusage: ${EXTRACT.usage}`);
  const json = parsed.values.json === true;
  const c = colours();
  // Read every input first: an unreadable file fails the run before any output.
  const inputs: { file: string; html: string }[] = [];
  for (const file of positional) {
    const html = await readInput(file);
    checkHtml(html, file);
    inputs.push({ file, html });
  }
  const many = inputs.length > 1;
  for (const { file, html } of inputs) {
    const { timedOut, ...record } = extractRecord(html, file);
    if (timedOut)
      process.stderr.write(
        `corroborate extract: ${file}: time budget reached, output is partial\n`,
      );
    if (json) {
      process.stdout.write(`${JSON.stringify(record)}\n`);
      continue;
    }
    if (many) process.stdout.write(`${c.bold(`==> ${file} <==`)}\n`);
    if (record.text) process.stdout.write(`${record.text}\n`);
    if (many) process.stdout.write('\n');
  }
  return EXIT_OK;
}

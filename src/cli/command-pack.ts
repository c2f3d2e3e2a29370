import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { backupHeaderLine, backupReportLine } from '../model/export-lines.ts';
import type { Report } from '../model/report.ts';
import { analyseDocument } from '../pipeline/analyse-document.ts';
import { checkReport } from '../model/validate-report.ts';
import { CLI_BUDGET_MS, checkHtml } from './command-extract.ts';
import { CliError, EXIT_FAILURE, EXIT_OK, parseCommand, type CommandSpec } from './io.ts';
import { packInputs } from './pack-inputs.ts';
import { savedPageUrl } from './page-url.ts';
import { parseHtml } from './parse-html.ts';

export const PACK: CommandSpec = {
  name: 'pack',
  usage: 'corroborate pack PAGE... [--out FILE]',
  summary:
    'Runs the extension\'s pipeline over saved pages (files, folders of .html files, or - for a list of paths on standard input) and writes a backup file (JSON Lines) that the options page imports ("Import"), so the store holds an archive before you read. Pages that fail are skipped and listed.',
  options: {
    out: {
      type: 'string',
      short: 'o',
      arg: 'FILE',
      help: 'write here (default: standard output, unless it is a terminal)',
    },
  },
};

const NO_ADDRESS =
  'no web address in the page (a "saved from" mark, canonical link or og:url); the extension keeps http(s) pages only';

/** Progress on a terminal is redrawn at most this often. */
const PROGRESS_EVERY_MS = 200;

interface Skipped {
  file: string;
  reason: string;
}

/** `corroborate pack PAGE... [--out FILE]`: saved pages → a backup file of reports. */
export async function runPack(args: string[]): Promise<number> {
  const parsed = parseCommand(args, PACK);
  if (!parsed) return EXIT_OK;
  const out = parsed.values.out as string | undefined;
  let names = parsed.positionals;
  // No page named and a list piped in: read the list (`find … | corroborate pack`).
  if (names.length === 0 && !process.stdin.isTTY) names = ['-'];
  if (names.length === 0) throw new CliError(`no page given\nusage: ${PACK.usage}`);
  if (!out && process.stdout.isTTY) {
    throw new CliError('the backup file is not for a terminal: give --out FILE or redirect');
  }
  if (names.includes('-') && names.length > 1 && !out) {
    throw new CliError('with - (paths on standard input) give --out FILE');
  }
  const files = await packInputs(names);
  // Written beside the target and renamed at the end: a failed run leaves no half file.
  const partial = out ? `${out}.partial` : null;
  const sink: WriteStream | NodeJS.WriteStream = partial
    ? createWriteStream(partial)
    : process.stdout;
  const progress = progressLine(files.length);
  const skipped: Skipped[] = [];
  const started = performance.now();
  let packed = 0;
  try {
    await write(sink, backupHeaderLine(new Date()));
    const readAt = Date.now();
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const result = await packPage(file, packed + 1, readAt);
      if ('reason' in result) skipped.push({ file, reason: result.reason });
      else {
        await write(sink, backupReportLine(result));
        packed++;
      }
      progress.update(i + 1, skipped.length);
    }
    if (partial && out) {
      await closeStream(sink as WriteStream);
      // A file of no report would import as nothing: better no file and exit status 1.
      if (packed > 0) await rename(partial, out);
      else await rm(partial, { force: true });
    }
  } catch (error) {
    if (partial) {
      (sink as WriteStream).destroy();
      await rm(partial, { force: true });
    }
    throw error;
  } finally {
    progress.done();
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? (files.length / seconds).toFixed(1) : '—';
  process.stderr.write(
    `corroborate pack: ${packed} of ${files.length} pages packed${out ? ` into ${out}` : ''} in ${seconds.toFixed(1)} s (${rate} pages/s)\n`,
  );
  if (skipped.length > 0) {
    process.stderr.write(`skipped ${skipped.length}:\n`);
    for (const s of skipped) process.stderr.write(`  ${s.file}: ${s.reason}\n`);
  }
  return packed === 0 ? EXIT_FAILURE : EXIT_OK;
}

/** One page through the extension's pipeline, or why it was skipped. */
async function packPage(
  file: string,
  id: number,
  readAt: number,
): Promise<Report | { reason: string }> {
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { reason: `cannot read (${code})` };
  }
  try {
    checkHtml(html, file);
    const doc = parseHtml(html);
    const url = savedPageUrl(doc, html, pathToFileURL(resolve(file)).href);
    const { article, report } = analyseDocument(doc, url, { budgetMs: CLI_BUDGET_MS });
    if (!article.isArticle || report.sentences.length === 0) return { reason: 'no article found' };
    if (article.timedOut) return { reason: 'time budget reached before the article was read' };
    // The store keeps web pages only (http/https): a page that does not say where it came
    // from cannot be matched to the page the reader later opens.
    if (!/^https?:/.test(url)) return { reason: NO_ADDRESS };
    const full: Report = { ...report, id, readAt };
    // The same check the extension's import applies: a file it would refuse is never written.
    const invalid = checkReport(full, file);
    return invalid ? { reason: invalid } : full;
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

async function write(sink: NodeJS.WritableStream, text: string): Promise<void> {
  if (!sink.write(text)) await once(sink, 'drain');
}

async function closeStream(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'close');
}

/** "12/300 pages, 1 skipped, 41.2 pages/s" redrawn on stderr, only when it is a terminal. */
function progressLine(total: number) {
  const on = Boolean(process.stderr.isTTY);
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(done: number, skipped: number) {
      const now = performance.now();
      if (!on || (now - last < PROGRESS_EVERY_MS && done < total)) return;
      last = now;
      const rate = done / Math.max((now - started) / 1000, 1e-3);
      process.stderr.write(
        `\r\x1b[K${done}/${total} pages${skipped ? `, ${skipped} skipped` : ''}, ${rate.toFixed(1)} pages/s`,
      );
      shown = true;
    },
    done() {
      if (shown) process.stderr.write('\n');
    },
  };
}

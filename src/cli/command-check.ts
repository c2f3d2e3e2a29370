import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MatchIndex, matchPage, queryPage } from '../crossref/index.ts';
import type { Report, ReportInput } from '../model/report.ts';
import { analyseDocument, reportFromText } from '../pipeline/analyse-document.ts';
import {
  CliError,
  EXIT_OK,
  colours,
  parseCommand,
  readInput,
  type CommandSpec,
  type Parsed,
} from './io.ts';
import { parseHtml } from './parse-html.ts';

/** Earlier reports are taken as read one minute apart, in the order given, before PAGE. */
const READ_STEP_MS = 60_000;

async function loadReport(file: string): Promise<ReportInput> {
  const content = await readInput(file);
  const url = file === '-' ? 'stdin:' : pathToFileURL(resolve(file)).href;
  if (/\.txt$/i.test(file)) {
    // A .txt file is the article body only: no title; the file name stands for the site.
    const name = file.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
    return reportFromText(content, { url, title: null, site: name }).report;
  }
  return analyseDocument(parseHtml(content), url).report;
}

export const CHECK: CommandSpec = {
  name: 'check',
  usage: 'corroborate check PAGE --against FILE... [--json]',
  summary:
    "The claims of PAGE, each with the sentences of the earlier reports that carry it and what differs (the extension's engine; .html or .txt files).",
  options: {
    against: {
      type: 'string',
      multiple: true,
      arg: 'FILE...',
      help: 'earlier reports, read in this order (the files after it up to the next option)',
    },
    json: { type: 'boolean', help: 'one JSON object per claim (JSON Lines)' },
  },
};

/**
 * Files after `--against` up to the next option belong to it (`--against a.html b.html`), as
 * the usage has always read; node's parseArgs alone would take them for positionals.
 */
function splitAgainst(parsed: Parsed): { pages: string[]; against: string[] } {
  const pages: string[] = [];
  const against: string[] = [];
  let inAgainst = false;
  for (const token of parsed.tokens ?? []) {
    if (token.kind === 'option') {
      inAgainst = token.name === 'against';
      if (inAgainst && token.value !== undefined) against.push(token.value);
    } else if (token.kind === 'positional') {
      (inAgainst ? against : pages).push(token.value);
    } else inAgainst = false;
  }
  return { pages, against };
}

/**
 * `corroborate check PAGE --against FILE... [--json]`: the claims of PAGE, each with the
 * sentences of the other files that carry it and what differs, using the extension's engine.
 */
export async function runCheck(args: string[]): Promise<number> {
  const parsed = parseCommand(args, CHECK);
  if (!parsed) return EXIT_OK;
  const { pages: positional, against } = splitAgainst(parsed);
  const json = parsed.values.json === true;
  if (positional.length !== 1) throw new CliError(`usage: ${CHECK.usage}`);
  if (against.length === 0) throw new CliError('check needs at least one --against FILE');
  const pageFile = positional[0]!;
  const now = Date.now();
  const index = new MatchIndex();
  const reports = new Map<number, Report>();
  const names = new Map<number, string>();
  for (let i = 0; i < against.length; i++) {
    const file = against[i]!;
    const id = i + 1;
    const report: Report = {
      ...(await loadReport(file)),
      id,
      readAt: now - (against.length - i) * READ_STEP_MS,
    };
    reports.set(id, report);
    names.set(id, file);
    index.add(id, report.sentences);
  }
  const page = await loadReport(pageFile);
  const result = matchPage(page, null, queryPage(index, page, null), reports, { now });
  const out: string[] = [];
  const c = colours();
  if (!json) {
    out.push(c.bold(`${pageFile}: ${page.title || '(untitled)'}`));
    for (const m of result.story) {
      out.push(
        `  same story: ${names.get(m.reportId)} (${m.role}, ${Math.round(m.sharedClaims * 100)}% of claims shared)`,
      );
    }
  }
  for (const s of page.sentences) {
    if (s.kind === 'none') continue;
    const matches = (result.matches[s.index] ?? []).map((m) => ({
      report: names.get(m.reportId) ?? String(m.reportId),
      sentenceIndex: m.sentenceIndex,
      sentence: m.sentence,
      score: Number(m.score.toFixed(4)),
      relation: m.relation ?? 'same',
      differences: m.differences,
    }));
    if (json) {
      out.push(
        JSON.stringify({
          file: pageFile,
          index: s.index,
          text: s.text,
          kind: s.kind,
          source: s.source,
          sourceType: s.sourceType,
          cue: s.cue,
          hedged: s.hedged,
          matches,
        }),
      );
      continue;
    }
    const kind = s.kind === 'sourced' ? c.green(s.kind) : c.yellow(s.kind);
    out.push(
      '',
      `[${s.index}] ${kind}${s.source ? ` (${s.source})` : ''}${s.hedged ? ' hedged' : ''}: ${s.text}`,
    );
    if (matches.length === 0) out.push(c.dim('    not found in the other reports'));
    for (const m of matches) {
      out.push(
        `    ${c.cyan(m.report)} #${m.sentenceIndex} ${m.relation} ${m.score.toFixed(2)}: ${m.sentence}`,
      );
      for (const d of m.differences) {
        const side = (s: string | null) => (s === null ? '–' : JSON.stringify(s));
        const type = d.spelling ? `${d.type} (spelling)` : d.type;
        out.push(`      - ${type}: this page ${side(d.ours)}, the other ${side(d.theirs)}`);
      }
    }
  }
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
  return EXIT_OK;
}

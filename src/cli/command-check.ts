import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MatchIndex, crossReference } from '../crossref/index.ts';
import type { Report, ReportInput } from '../model/report.ts';
import { analyseDocument, reportFromText } from '../pipeline/analyse-document.ts';
import { CliError, EXIT_OK, colours, parseArgs, readInput } from './io.ts';
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

/**
 * `corroborate check PAGE --against FILE... [--json]`: the claims of PAGE, each with the
 * sentences of the other files that carry it and what differs, using the extension's engine.
 */
export async function runCheck(args: string[]): Promise<number> {
  const { positional, flags, values } = parseArgs(args, ['against']);
  const unknown = [...flags].filter((f) => f !== 'json');
  if (unknown.length > 0) throw new CliError(`unknown option --${unknown[0]}`);
  const against = values.get('against') ?? [];
  if (positional.length !== 1) throw new CliError('usage: check PAGE --against FILE... [--json]');
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
  const result = crossReference(page, null, index, reports, { now });
  const out: string[] = [];
  const c = colours();
  if (!flags.has('json')) {
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
    if (flags.has('json')) {
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
      for (const d of m.differences) out.push(`      - ${d.type}: ${d.detail}`);
    }
  }
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
  return EXIT_OK;
}

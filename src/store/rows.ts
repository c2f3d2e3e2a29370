import type { Report, ReportInput, ReportSentence, ReportSummary } from '../model/report.ts';
import { reportKey, reportWords } from './keys.ts';
import type { StoredReport } from './schema.ts';

/** Copies only the known fields of a sentence, so nothing unexpected is ever stored. */
function pickSentence(s: ReportSentence): ReportSentence {
  return {
    index: s.index,
    text: s.text,
    start: s.start,
    end: s.end,
    kind: s.kind,
    hedged: s.hedged,
    ...(s.hedge === undefined ? {} : { hedge: s.hedge }),
    source: s.source,
    sourceType: s.sourceType,
    cue: s.cue,
  };
}

/** The known fields of a (validated) report input. */
export function pickInput(input: ReportInput): ReportInput {
  return {
    url: input.url,
    canonicalUrl: input.canonicalUrl,
    site: input.site,
    title: input.title,
    byline: input.byline,
    publishedTime: input.publishedTime,
    lang: input.lang,
    text: input.text,
    sentences: input.sentences.map(pickSentence),
  };
}

/** A row to write; `id` is left out for a new report so IndexedDB assigns one. */
export function toRow(
  input: ReportInput,
  meta: { id?: number; readAt: number; rev: number },
): StoredReport | Omit<StoredReport, 'id'> {
  const clean = pickInput(input);
  const row = {
    ...clean,
    readAt: meta.readAt,
    key: reportKey(clean.url, clean.canonicalUrl),
    words: reportWords(clean.title, clean.site, clean.url),
    rev: meta.rev,
    sentenceCount: clean.sentences.length,
  };
  return meta.id === undefined ? row : { ...row, id: meta.id };
}

/** The public Report of a row (derived lookup fields stripped). */
export function toReport(row: StoredReport): Report {
  return { id: row.id, readAt: row.readAt, ...pickInput(row) };
}

export function toSummary(row: Report): ReportSummary {
  return {
    id: row.id,
    url: row.url,
    canonicalUrl: row.canonicalUrl,
    site: row.site,
    title: row.title,
    byline: row.byline,
    publishedTime: row.publishedTime,
    readAt: row.readAt,
    sentenceCount: row.sentences.length,
  };
}

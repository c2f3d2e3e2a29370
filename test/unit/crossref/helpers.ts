import type { ClaimKind } from '../../../src/model/claim.ts';
import type { Report, ReportSentence } from '../../../src/model/report.ts';

/** A report sentence as the claims analysis would hand it over. */
export function sentence(
  index: number,
  text: string,
  extra: Partial<ReportSentence> & { kind?: ClaimKind } = {},
): ReportSentence {
  return {
    index,
    text,
    start: 0,
    end: text.length,
    kind: 'unattributed',
    hedged: false,
    source: null,
    sourceType: null,
    cue: null,
    ...extra,
  };
}

export function report(
  id: number,
  site: string,
  texts: Array<string | ReportSentence>,
  extra: Partial<Report> = {},
): Report {
  const sentences = texts.map((t, i) =>
    typeof t === 'string' ? sentence(i, t) : { ...t, index: i },
  );
  return {
    id,
    url: `https://${site}/story-${id}`,
    canonicalUrl: null,
    site,
    title: `Story ${id}`,
    byline: null,
    publishedTime: null,
    lang: 'en',
    text: sentences.map((s) => s.text).join(' '),
    sentences,
    readAt: 1_700_000_000_000 + id * 60_000,
    ...extra,
  };
}

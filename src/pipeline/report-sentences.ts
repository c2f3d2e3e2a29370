import type { SentenceAnalysis } from '../model/claim.ts';
import type { ReportSentence } from '../model/report.ts';

/** The stored shape of analysed sentences: the main attribution's source and cue, flattened. */
export function toReportSentences(sentences: readonly SentenceAnalysis[]): ReportSentence[] {
  return sentences.map((s, index) => {
    const main = s.attributions.find((a) => a.source) ?? s.attributions[0] ?? null;
    const source = main?.source ?? null;
    return {
      index,
      text: s.text,
      start: s.start,
      end: s.end,
      kind: s.kind,
      hedged: s.hedged,
      hedge: s.hedges[0]?.text ?? null,
      source: source ? (source.resolved ?? source.text) : null,
      sourceType: source?.type ?? null,
      cue: main?.cue.text ?? null,
    };
  });
}

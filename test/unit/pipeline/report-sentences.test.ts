import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';
import { toReportSentences } from '../../../src/pipeline/report-sentences.ts';

describe('stored sentences carry the hedge the claims analysis found', () => {
  const table: [string, boolean, string | null][] = [
    ['Russia is reportedly pulling back forces from the border.', true, 'reportedly'],
    ['The pullback may suggest an invasion is not imminent.', true, 'may suggest'],
    // Permission, not speculation: crossref's old word list counted this bare "may".
    ['Residents may return to their homes on Monday, officials said.', false, null],
    ['Russia massed more than 130,000 troops near Ukraine.', false, null],
  ];
  for (const [text, hedged, hedge] of table) {
    it(text, () => {
      const [s] = toReportSentences(analyseText(text));
      expect({ hedged: s?.hedged, hedge: s?.hedge }).toEqual({ hedged, hedge });
    });
  }
});

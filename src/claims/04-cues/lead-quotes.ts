import type { Cue, Token } from '../types.ts';

// Words that may join the capitalised words of a name before a lead-in colon.
const NAME_JOINERS = new Set(['and', 'of', 'de', 'van', 'von', "'s", '’s', '.']);
// Most words in the name before a lead-in colon.
const MAX_LEAD_NAME = 6;

/**
 * "… - Mark Blumenthal and Jon Cohen: “Although …”", "More from Jones: “…”": a name (or "the
 * report"), after a dash or "from", then a colon and a quotation the name stands behind.
 */
export function leadInQuote(tokens: Token[], cues: Cue[]): Cue | null {
  for (let i = 2; i < tokens.length - 2; i++) {
    if (tokens[i]!.text !== ':' || tokens[i + 1]!.quote !== 'open') continue;
    if (cues.some((c) => c.first < i && i < c.last)) continue;
    let k = i - 1;
    while (
      k >= 0 &&
      i - k <= MAX_LEAD_NAME &&
      (tokens[k]!.cap || NAME_JOINERS.has(tokens[k]!.lower))
    )
      k--;
    const before = tokens[k];
    const named = k < i - 1 && tokens[k + 1]!.cap;
    const report = tokens[i - 1]!.lower === 'report' && tokens[i - 2]!.lower === 'the';
    if (report) k = i - 3;
    const opener = tokens[k];
    if (!(named || report) || !opener) continue;
    if (
      /^[-—–]$/.test(opener.text) ||
      opener.lower === 'from' ||
      (before && !before.word && k === 0)
    )
      return { first: i, last: i + 1, lemma: ':', cls: 'speech', shape: 'lead' };
  }
  return null;
}

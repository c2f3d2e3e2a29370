/**
 * A plain sentence splitter for story-level comparison of raw texts (the CLI's `pairs
 * --level story`). Reports analysed by src/claims carry their own, better sentences.
 */
const BOUNDARY_RE = /(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*[\p{Lu}"“])/u;
/** Words before a full stop that do not end a sentence. */
const ABBREVIATION_RE =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sen|Rep|Gov|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z])\.$/;

export function splitSentences(text: string): string[] {
  const parts = text.split(BOUNDARY_RE);
  const out: string[] = [];
  for (const part of parts) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATION_RE.test(last))
      out[out.length - 1] = `${last} ${trimmed}`;
    else out.push(trimmed);
  }
  return out;
}

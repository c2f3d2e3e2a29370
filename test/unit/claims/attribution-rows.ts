import { expect } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';

/** The last sentence of `text`, analysed in context. */
export function last(text: string) {
  const sentences = analyseText(text);
  return sentences[sentences.length - 1]!;
}

/** A table row: text, then the cue, source and content its last sentence must carry. */
export type Row = [text: string, cue: string, source: string | null, content: string | null];

/** Asserts that the last sentence has an attribution with this cue, source and content. */
export function expectAttribution([text, cue, source, content]: Row): void {
  const a = last(text).attributions.find((x) => x.cue.text === cue);
  expect(a, `cue «${cue}»`).toBeDefined();
  expect(a?.source?.text ?? null).toBe(source);
  if (content !== null) expect(a?.content?.text).toBe(content);
}

import hedges from './data/hedges.json' with { type: 'json' };
import cues from './data/attribution-cues.json' with { type: 'json' };
import { plainText } from './tokenize.ts';

/** Builds a whole-word, case-insensitive matcher for a list of words and phrases. */
function matcher(list: readonly string[]): RegExp {
  const escaped = [...list]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const HEDGE_RE = matcher(hedges.cues);
const ATTRIBUTION_RE = matcher(cues.cues);

/** The first hedge cue of a sentence ("may", "reportedly"), or null. */
export function hedgeCue(text: string): string | null {
  return HEDGE_RE.exec(plainText(text))?.[0] ?? null;
}

/** The first reporting phrase of a sentence ("said", "according to"), or null. */
export function attributionCue(text: string): string | null {
  return ATTRIBUTION_RE.exec(plainText(text))?.[0] ?? null;
}

/** Quoted passages (straight or curly double quotes) with their offsets. */
export function quotes(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const m of plainText(text).matchAll(/"([^"]{2,})"/g)) {
    out.push({ text: m[1]!, start: m.index + 1, end: m.index + 1 + m[1]!.length });
  }
  return out;
}

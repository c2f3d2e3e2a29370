import { plainText } from '../text/plain-text.ts';

/** Quoted passages (straight or curly double quotes) with their offsets. */
export function quotes(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const m of plainText(text).matchAll(/"([^"]{2,})"/g)) {
    out.push({ text: m[1]!, start: m.index + 1, end: m.index + 1 + m[1]!.length });
  }
  return out;
}

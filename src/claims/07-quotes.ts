import type { Range, RawAttribution, Token } from './types.ts';
import { QuoteState } from './03-quote-state.ts';

// How many sentences back a quote paragraph with no speaker of its own looks for one.
const SPEAKER_REACH = 6;

interface QuoteInput {
  range: Range;
  tokens: Token[];
  raw: RawAttribution[];
}

/** Sentence `to` is said by whoever says sentence `from` (one quote over several sentences). */
export interface Continuation {
  from: number;
  to: number;
}

/**
 * Finds sentences inside a quotation that runs over several sentences (or paragraphs, where a
 * paragraph left open is continued by one that opens with a quote mark) and pairs each with the
 * sentence of the quotation that names the speaker. A whole quoted sentence right after an
 * attributed one in the same paragraph ("“…,” he said. “…”") is paired with it too.
 */
export function quoteContinuations(text: string, works: QuoteInput[]): Continuation[] {
  const groups: number[][] = [];
  const state = new QuoteState();
  let group: number[] = [];
  let prevLineEnd = -1;
  for (let i = 0; i < works.length; i++) {
    const w = works[i]!;
    const first = w.tokens[0];
    const newLine = prevLineEnd >= 0 && text.slice(prevLineEnd, w.range.start).includes('\n');
    if (newLine && state.open && first?.quote !== 'open' && first?.quote !== 'ambiguous') {
      state.reset();
      if (group.length > 1) groups.push(group);
      group = [];
    }
    if (state.open) group.push(i);
    for (const t of w.tokens) {
      const wasOpen = state.open;
      state.step(t);
      // A new quote re-opened at a paragraph start continues the same quotation.
      if (!wasOpen && state.open) group = [i];
    }
    if (!state.open && group.length > 0) {
      if (group.length > 1) groups.push(group);
      group = [];
    }
    prevLineEnd = w.range.end;
  }
  if (group.length > 1) groups.push(group);

  const out: Continuation[] = [];
  const taken = new Set<number>();
  const add = (from: number, to: number) => {
    if (to === from || taken.has(to) || works[to]!.raw.length > 0) return;
    taken.add(to);
    out.push({ from, to });
  };
  const hasSource = (i: number) => works[i]!.raw.some((a) => a.source);
  const sameLine = (a: number, b: number) =>
    !text.slice(works[a]!.range.end, works[b]!.range.start).includes('\n');
  const quoteLike = (i: number) =>
    /["“”‘’]|''|:\s*$/.test(text.slice(works[i]!.range.start, works[i]!.range.end));
  // A paragraph that opens with a quote mark, right after a paragraph that names a speaker.
  const opensParagraph = (i: number) => {
    const first = works[i]!.tokens[0];
    return (first?.quote === 'open' || first?.quote === 'ambiguous') && !sameLine(i - 1, i);
  };
  // Whole quoted sentences form groups of one, so a lone quote paragraph can find its speaker.
  for (let i = 0; i < works.length; i++) {
    const first = works[i]!.tokens[0];
    if (
      (first?.quote === 'open' || first?.quote === 'ambiguous') &&
      !groups.some((g) => g.includes(i))
    )
      groups.push([i]);
  }
  const nearestSpeaker = (from: number) => {
    for (let j = from; j >= 0 && from - j < SPEAKER_REACH; j--) if (speaks(j)) return j;
    return undefined;
  };
  // A sentence already given a speaker passes it on: a quote paragraph after a paragraph whose
  // last sentence continues a quote ("“…,” Barkley said. “… .”" then "“… .”").
  const speaks = (i: number) => hasSource(i) || taken.has(i);
  groups.sort((a, b) => a[0]! - b[0]!);
  for (const g of groups) {
    let donor = [...g].reverse().find(hasSource);
    // "She went on to say:" / "“…,” Sanders said." then a quote paragraph with no cue of its own.
    const before = g[0]! - 1;
    // "Walker said. “… . …”" in one paragraph: the quote goes on with the speaker just named.
    if (
      donor === undefined &&
      before >= 0 &&
      speaks(before) &&
      (quoteLike(before) || sameLine(before, g[0]!) || opensParagraph(g[0]!))
    )
      donor = before;
    // A quote paragraph with no speaker next to it ("Transcript as follows:" then quotes, or a
    // run of quote paragraphs): the speaker named a few sentences earlier goes on.
    if (donor === undefined && before >= 0 && (opensParagraph(g[0]!) || sameLine(before, g[0]!)))
      donor = nearestSpeaker(before);
    if (donor === undefined) continue;
    // In a transcript ("WALLACE: …" then "PENCE: …") each sentence keeps the nearest speaker
    // named before it; sentences before any named speaker take the quote's own.
    const named = g.filter(hasSource);
    for (const i of g) add(named.filter((j) => j < i).pop() ?? donor, i);
  }
  for (let i = 0; i < works.length; i++) {
    const w = works[i]!;
    if (!w.raw.some((a) => a.source)) continue;
    // "FALLIN: Well, I think …" — a speaker label owns the rest of its paragraph.
    if (w.raw.some((a) => a.cue.shape === 'colon'))
      for (let j = i + 1; j < works.length && sameLine(i, j); j++) add(i, j);
    // "… said:" at the end of a paragraph introduces the next one.
    if (/:\s*$/.test(text.slice(w.range.start, w.range.end)))
      for (let j = i + 1; j < works.length && (j === i + 1 || sameLine(i + 1, j)); j++) add(i, j);
  }
  // "“…,” he said. “…”": a whole quoted sentence continues the speaker before it.
  for (let i = 1; i < works.length; i++) {
    const w = works[i]!;
    const first = w.tokens[0];
    const last = lastNonPunct(w.tokens);
    if (w.raw.length > 0 || !first || (first.quote !== 'open' && first.quote !== 'ambiguous'))
      continue;
    if (!last || (last.quote !== 'close' && last.quote !== 'ambiguous')) continue;
    if (sameLine(i - 1, i) && hasSource(i - 1)) add(i - 1, i);
  }
  return out;
}

function lastNonPunct(tokens: Token[]): Token | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.word || t.quote) return t;
  }
  return undefined;
}

import type { Attribution, SourceSpan } from '../../model/claim.ts';
import type { Span } from '../../model/span.ts';
import type { Phrase, RawAttribution, Token } from '../types.ts';
import type { Antecedents } from './coref.ts';
import { describedEnd } from './description.ts';

export { Antecedents } from './coref.ts';

/**
 * Turns an attribution's token ranges into text spans, and names the source a pronoun, a short
 * reference or a surname stands for ("he said" → Vladimir Putin).
 */
export function toAttribution(
  text: string,
  tokens: Token[],
  a: RawAttribution,
  antecedents: Antecedents,
): Attribution {
  const cue = phraseSpan(text, tokens, { first: a.cue.first, last: a.cue.last });
  const content = a.content ? phraseSpan(text, tokens, a.content) : null;
  let source: SourceSpan | null = null;
  if (a.source && a.info) {
    const s = phraseSpan(text, tokens, a.source);
    let resolved: string | null = null;
    let named = a.info.named;
    let type = a.info.type;
    if (a.info.pronoun || a.info.shortRef) {
      const m = antecedents.resolve(a.info);
      if (m) {
        resolved = m.name;
        named = true;
        if (a.info.pronoun) type = m.type;
      }
    } else if (a.antecedent) {
      // "X, who said …": the span is the relative pronoun, shown as the name it stands for.
      const name = phraseSpan(text, tokens, a.antecedent).text;
      resolved = antecedents.expand(name, a.info) ?? stripArticle(name);
      if (named) antecedents.remember(resolved, a.info, tokens);
    } else if (named) {
      resolved = antecedents.expand(s.text, a.info);
      antecedents.remember(resolved ?? stripArticle(s.text), a.info, tokens);
    }
    // The span a reader sees runs on over the speaker's description ("Kerr Putney, the police
    // chief,"); the name alone stays what the source is shown and remembered as.
    const end = a.info.pronoun || a.antecedent ? a.source.last : describedEnd(tokens, a, a.source);
    const shown =
      end > a.source.last ? phraseSpan(text, tokens, { first: a.source.first, last: end }) : s;
    if (shown !== s) resolved ??= s.text;
    source = { ...shown, type, named, resolved };
  }
  return { cue, source, content };
}

export function isPersonalPronoun(s: SourceSpan | null): boolean {
  return Boolean(s && !s.named && /^(he|she|i|we|his|her|my|our)$/i.test(s.text));
}

export function isPronoun(s: SourceSpan): boolean {
  return /^(he|she|i|we|it|they|you|his|her|my|our|its|their|your)$/i.test(s.text);
}

function stripArticle(s: string): string {
  return s.replace(/^(the|a|an)\s+/i, '');
}

export function phraseSpan(text: string, tokens: Token[], p: Phrase): Span {
  const start = tokens[p.first]!.start;
  const end = tokens[Math.min(p.last, tokens.length) - 1]!.end;
  return spanOf(text, start, end);
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

import type { ExtractedArticle } from '../../src/extract/types.ts';
import { CLAIM_KINDS, sourceTypeSchema, type SentenceAnalysis } from '../../src/model/claim.ts';
import type { ReportInput } from '../../src/model/report.ts';
import type { Span } from '../../src/model/span.ts';

const KINDS = new Set<string>(CLAIM_KINDS);
const SOURCE_TYPES = new Set<string>(sourceTypeSchema.options);
const ROLES = new Set(['heading', 'paragraph', 'quote', 'list-item', 'preformatted']);

/** Stop listing after this many: one broken invariant usually breaks it everywhere. */
const MAX_VIOLATIONS = 20;

/**
 * The invariants every analysis must keep, whatever the page: offsets inside the
 * text, span texts equal to the text they point at, kinds from the closed sets,
 * sentences in order without overlap. Returns one line per violation.
 */
export function checkAnalysis(analysis: {
  article: ExtractedArticle;
  sentences: readonly SentenceAnalysis[];
  report: ReportInput;
}): string[] {
  const out: string[] = [];
  const { article, sentences, report } = analysis;
  const text = article.text;
  const fail = (message: string) => {
    if (out.length < MAX_VIOLATIONS) out.push(message);
  };
  if (typeof text !== 'string') return ['article.text is not a string'];
  if (typeof article.isArticle !== 'boolean') fail('article.isArticle is not a boolean');
  if (typeof article.timedOut !== 'boolean') fail('article.timedOut is not a boolean');
  if (!article.isArticle && sentences.length > 0)
    fail('sentences found on a page that is no article');

  let previousEnd = 0;
  for (const [i, p] of article.paragraphs.entries()) {
    if (!inside(p, text)) fail(`paragraph ${i} [${p.start}, ${p.end}) outside the text`);
    else if (text.slice(p.start, p.end) !== p.text)
      fail(`paragraph ${i} text differs from its slice`);
    if (p.start < previousEnd) fail(`paragraph ${i} overlaps the one before`);
    previousEnd = p.end;
    if (!ROLES.has(p.role)) fail(`paragraph ${i} has role ${String(p.role)}`);
    for (const s of p.segments) {
      if (
        s.textStart < p.start ||
        s.textEnd > p.end ||
        s.textEnd - s.textStart !== s.nodeEnd - s.nodeStart
      ) {
        fail(`paragraph ${i}: segment [${s.textStart}, ${s.textEnd}) does not fit`);
      } else if (
        !sameModuloSpace(
          s.node.data.slice(s.nodeStart, s.nodeEnd),
          text.slice(s.textStart, s.textEnd),
        )
      ) {
        fail(`paragraph ${i}: segment text differs from its node`);
      }
    }
  }

  previousEnd = 0;
  for (const [i, s] of sentences.entries()) {
    if (!inside(s, text)) {
      fail(`sentence ${i} [${s.start}, ${s.end}) outside the text (${text.length})`);
      continue;
    }
    if (s.end <= s.start) fail(`sentence ${i} is empty`);
    if (text.slice(s.start, s.end) !== s.text) fail(`sentence ${i} text differs from its slice`);
    if (s.start < previousEnd) fail(`sentence ${i} overlaps the one before`);
    previousEnd = s.end;
    if (!KINDS.has(s.kind)) fail(`sentence ${i} has kind ${String(s.kind)}`);
    if (typeof s.hedged !== 'boolean') fail(`sentence ${i}: hedged is not a boolean`);
    for (const h of s.hedges) checkSpan(h, text, `sentence ${i} hedge`, fail);
    for (const a of s.attributions) {
      checkSpan(a.cue, text, `sentence ${i} cue`, fail);
      if (a.content) checkSpan(a.content, text, `sentence ${i} content`, fail);
      if (a.source) {
        checkSpan(a.source, text, `sentence ${i} source`, fail);
        if (!SOURCE_TYPES.has(a.source.type))
          fail(`sentence ${i}: source type ${String(a.source.type)}`);
      }
    }
  }

  if (report.text !== text) fail('report.text differs from article.text');
  if (report.sentences.length !== sentences.length) fail('report has a different sentence count');
  for (const [i, r] of report.sentences.entries()) {
    const s = sentences[i];
    if (r.index !== i || !s || r.start !== s.start || r.end !== s.end || r.text !== s.text) {
      fail(`report sentence ${i} does not mirror the analysis`);
    }
  }
  try {
    JSON.stringify(report);
  } catch (error) {
    fail(`report is not serialisable: ${String(error)}`);
  }
  return out;
}

/** Segment text equals its node's text, but for whitespace collapsed to one plain space. */
function sameModuloSpace(node: string, text: string): boolean {
  if (node === text) return true;
  if (node.length !== text.length) return false;
  for (let i = 0; i < node.length; i++) {
    const a = node[i] ?? '';
    const b = text[i] ?? '';
    if (a !== b && !(b === ' ' && /\s/.test(a))) return false;
  }
  return true;
}

function inside(span: { start: number; end: number }, text: string): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= text.length
  );
}

function checkSpan(span: Span, text: string, what: string, fail: (m: string) => void): void {
  if (!inside(span, text)) fail(`${what} [${span.start}, ${span.end}) outside the text`);
  else if (text.slice(span.start, span.end) !== span.text)
    fail(`${what} text differs from its slice`);
}

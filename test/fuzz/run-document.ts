import { parseHtml } from '../../src/cli/parse-html.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { analyseDocument } from '../../src/pipeline/analyse-document.ts';
import { checkAnalysis } from './check-analysis.ts';

export interface FuzzOutcome {
  /** Wall time of analyseDocument alone (parsing excluded), for the long run's figures. */
  ms: number;
  /** Broken invariants, one line each; an exception is one of them. */
  violations: string[];
  timedOut: boolean;
  isArticle: boolean;
  sentences: number;
  chars: number;
}

export type Parse = (html: string) => Document;

/**
 * Parses one generated document and runs the whole pipeline on it, checking the
 * invariants and that the page's DOM is left exactly as it was.
 */
export function runDocument(html: string, url: string, parse: Parse = parseHtml): FuzzOutcome {
  const outcome: FuzzOutcome = {
    ms: 0,
    violations: [],
    timedOut: false,
    isArticle: false,
    sentences: 0,
    chars: 0,
  };
  let doc: Document;
  try {
    doc = parse(html);
  } catch (error) {
    outcome.violations.push(`parse threw: ${describe(error)}`);
    return outcome;
  }
  // linkedom makes a missing <head>/<body> on first access: make them now, so only the
  // pipeline's own changes show in the comparison.
  void doc.head;
  void doc.body;
  const before = serialise(doc);
  const started = performance.now();
  try {
    const analysis = analyseDocument(doc, url);
    outcome.ms = performance.now() - started;
    outcome.timedOut = analysis.article.timedOut;
    outcome.isArticle = analysis.article.isArticle;
    outcome.sentences = analysis.sentences.length;
    outcome.chars = analysis.article.text.length;
    outcome.violations.push(...checkAnalysis(analysis));
  } catch (error) {
    outcome.ms = performance.now() - started;
    outcome.violations.push(`analyseDocument threw: ${describe(error)}`);
  }
  if (serialise(doc) !== before) outcome.violations.push('the analysis changed the document');
  return outcome;
}

/**
 * Extracts with a clock that is already past the deadline after its first reading:
 * a page big enough to need a clock check must come back at once, marked timed out.
 */
export function extractWithExpiredClock(doc: Document, url: string) {
  let readings = 0;
  const now = () => (readings++ === 0 ? 0 : Number.MAX_SAFE_INTEGER);
  return extractArticle(doc, { url, now });
}

function serialise(doc: Document): string {
  return doc.documentElement ? (doc.documentElement.outerHTML ?? '') : '';
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}

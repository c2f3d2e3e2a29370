// Generated malformed, deep, huge and mixed-script documents through the whole
// pipeline with a fixed seed: no exception, every offset inside the text, every
// span equal to the text it points at, the page left untouched, and the time
// budget reported (timedOut) rather than overrun. `npm run fuzz` is the long run.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import { checkAnalysis } from '../../fuzz/check-analysis.ts';
import { generateDocument, SHAPES, type DocumentShape } from '../../fuzz/generate-document.ts';
import { seededRandom } from '../../fuzz/random.ts';
import { extractWithExpiredClock, runDocument, type Parse } from '../../fuzz/run-document.ts';

/** Fixed so a failure replays: `npm run fuzz -- --seed 20261123 --count 300 --scale 0.15`. */
const SEED = 20261123;
/** Documents per batch and batches: about 300 in all, a few seconds on two cores. */
const BATCH = 50;
const BATCHES = 6;
/** Sizes shrunk for `npm test`; the long run uses full sizes. */
const SCALE = 0.15;
const URL = 'http://127.0.0.1/fuzz/article.html';

interface Failure {
  index: number;
  shape: DocumentShape;
  violations: string[];
}

function fuzzBatch(batch: number, parse: Parse, count = BATCH, scale = SCALE): Failure[] {
  const random = seededRandom(SEED + batch);
  const failures: Failure[] = [];
  for (let i = 0; i < count; i++) {
    // Every shape in turn, so each batch covers them all; the rest is random.
    const shape = SHAPES[(i + batch) % SHAPES.length] ?? 'random';
    const html = generateDocument(random, { shape, scale });
    const outcome = runDocument(html, URL, parse);
    if (outcome.violations.length)
      failures.push({ index: i, shape, violations: outcome.violations });
  }
  return failures;
}

/** happy-dom's parser, with nothing loaded or run: a second DOM to catch linkedom-only luck. */
function happyDomParser(): Parse {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const parser = new window.DOMParser();
  return (html) => parser.parseFromString(html, 'text/html') as unknown as Document;
}

describe('pipeline fuzz with linkedom (the CLI parser)', () => {
  for (let batch = 0; batch < BATCHES; batch++) {
    it(`keeps every invariant on batch ${batch + 1} of ${BATCHES}`, { timeout: 120_000 }, () => {
      expect(fuzzBatch(batch, parseHtml)).toEqual([]);
    });
  }
});

describe('pipeline fuzz with happy-dom', () => {
  it('keeps every invariant on a few documents', { timeout: 120_000 }, () => {
    expect(fuzzBatch(100, happyDomParser(), 26, 0.05)).toEqual([]);
  });
});

describe('the extraction time budget', () => {
  // Big enough that the walk must read the clock several times.
  const BIG: DocumentShape[] = ['wide', 'huge-text', 'tables'];
  for (const shape of BIG) {
    it(`stops a ${shape} page at an expired clock and says so`, { timeout: 60_000 }, () => {
      const random = seededRandom(SEED);
      const doc = parseHtml(generateDocument(random, { shape, scale: 1 }));
      const article = extractWithExpiredClock(doc, URL);
      expect(article.timedOut).toBe(true);
      expect(article.text.length).toBeLessThanOrEqual(doc.body?.textContent?.length ?? 0);
      for (const p of article.paragraphs) {
        expect(article.text.slice(p.start, p.end)).toBe(p.text);
      }
    });
  }

  it(
    'never times out on a clock that stands still, however big the page',
    { timeout: 60_000 },
    () => {
      const doc = parseHtml(generateDocument(seededRandom(SEED), { shape: 'wide', scale: 1 }));
      const article = extractArticle(doc, { url: URL, now: () => 0 });
      expect(article.timedOut).toBe(false);
      expect(article.isArticle || article.text === '').toBe(true);
    },
  );

  it('reports invariant breaks (the checker itself can fail)', () => {
    const doc = parseHtml(
      '<html><body><article><p>Officials said so on Monday.</p></article></body></html>',
    );
    const text = 'Officials said so on Monday.';
    const broken = checkAnalysis({
      article: {
        isArticle: true,
        metadata: {
          title: null,
          byline: null,
          siteName: null,
          publishedTime: null,
          lang: null,
          canonicalUrl: null,
          excerpt: null,
        },
        root: doc.body,
        paragraphs: [],
        text,
        timedOut: false,
      },
      sentences: [
        {
          start: 0,
          end: 99,
          text,
          kind: 'sourced',
          hedged: false,
          hedges: [],
          attributions: [],
          reasons: [],
        },
        {
          start: 0,
          end: 4,
          text: 'Offx',
          kind: 'bogus' as never,
          hedged: false,
          hedges: [],
          attributions: [],
          reasons: [],
        },
      ],
      report: {
        url: URL,
        canonicalUrl: null,
        site: 'x',
        title: '',
        byline: null,
        publishedTime: null,
        lang: null,
        text,
        sentences: [],
      },
    });
    expect(broken).toEqual(
      expect.arrayContaining([
        expect.stringContaining('sentence 0 [0, 99) outside the text'),
        expect.stringContaining('sentence 1 text differs'),
        expect.stringContaining('sentence 1 has kind bogus'),
        expect.stringContaining('different sentence count'),
      ]),
    );
  });
});

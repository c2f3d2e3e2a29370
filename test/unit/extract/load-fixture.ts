import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../../src/cli/parse-html.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

export interface ExpectedPage {
  isArticle?: boolean;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  paragraphs: string[];
}

export interface FixtureCase {
  name: string;
  html: string;
  expected: ExpectedPage;
}

/**
 * Extraction cases: test/fixtures/pages/<case>/index.html and
 * test/fixtures/extract/<case>/source.html whose expected.json lists `paragraphs`.
 */
export function loadCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const [group, file] of [
    ['pages', 'index.html'],
    ['extract', 'source.html'],
  ] as const) {
    const dir = join(FIXTURES, group);
    for (const name of readdirSync(dir).sort()) {
      const html = join(dir, name, file);
      const expectedFile = join(dir, name, 'expected.json');
      if (!existsSync(html) || !existsSync(expectedFile)) continue;
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Partial<ExpectedPage>;
      // Other suites keep their own page fixtures here; extraction cases list paragraphs.
      if (!Array.isArray(expected.paragraphs)) continue;
      cases.push({
        name: `${group}/${name}`,
        html: readFileSync(html, 'utf8'),
        expected: expected as ExpectedPage,
      });
    }
  }
  return cases;
}

/**
 * A browser-like document: happy-dom's global document with the page loaded into it
 * (its Ranges work only on the global document; markup set this way runs no script).
 */
export function browserDocument(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const name of parsed.documentElement.getAttributeNames()) {
    root.setAttribute(name, parsed.documentElement.getAttribute(name) ?? '');
  }
  root.innerHTML = parsed.documentElement.innerHTML;
  return document;
}

/** The CLI's document (linkedom). */
export function nodeDocument(html: string): Document {
  return parseHtml(html);
}

/** Tests assert on output, never on wall-clock time: a budget no loaded machine can exhaust. */
export const UNHURRIED = { budgetMs: 60_000 } as const;

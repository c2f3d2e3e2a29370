import { describe, expect, it } from 'vitest';
import { extractArticle, isProbablyArticle } from '../../../src/extract/index.ts';
import { UNHURRIED, browserDocument, loadCases, nodeDocument } from './load-fixture.ts';

const cases = loadCases();
const parsers = [
  ['linkedom', nodeDocument],
  ['happy-dom', browserDocument],
] as const;

describe('extractArticle on fixture pages', () => {
  it('finds the fixture folders', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'pages/ap-putin-talks',
        'pages/aggregator-putin-talks',
        'extract/home-page',
        'extract/section-front',
        'extract/search-results',
        'extract/forum-thread',
        'extract/login-page',
      ]),
    );
  });

  for (const { name, html, expected } of cases) {
    for (const [parser, parse] of parsers) {
      it(`${name} (${parser}): paragraphs`, () => {
        const article = extractArticle(parse(html), UNHURRIED);
        const isArticle = expected.isArticle ?? true;
        expect(article.isArticle).toBe(isArticle);
        expect(article.timedOut).toBe(false);
        expect(article.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs);
        expect(article.text).toBe(expected.paragraphs.join('\n\n'));
        if (!isArticle) expect(article.text).toBe('');
      });
    }

    it(`${name}: metadata`, () => {
      const { metadata } = extractArticle(nodeDocument(html), UNHURRIED);
      for (const key of ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const) {
        if (expected[key] !== undefined) expect(metadata[key], key).toBe(expected[key]);
      }
    });
  }
});

describe('seed pages', () => {
  const byName = new Map(cases.map((c) => [c.name, c]));

  it('the aggregator page keeps its subheading as a heading and leaves out all clutter', () => {
    const page = byName.get('pages/aggregator-putin-talks')!;
    const article = extractArticle(nodeDocument(page.html), UNHURRIED);
    const heading = article.paragraphs.find((p) => p.role === 'heading');
    expect(heading?.text).toBe(
      'Blinken told Lavrov US needs to see credible de-escalation: State Department',
    );
    for (const clutter of [
      'World Opinions + Agencies',
      'ميادين',
      'Check Also',
      'Lampedusa',
      'Laisser un commentaire',
      'Votre adresse e-mail',
      'Résoudre',
      '13 ⁄ 1',
      'Facebook',
      'Most Popular',
    ]) {
      expect(article.text, clutter).not.toContain(clutter);
    }
  });

  it('the AP page leaves out caption, related links, newsletter and credit', () => {
    const page = byName.get('pages/ap-putin-talks')!;
    const article = extractArticle(nodeDocument(page.html), UNHURRIED);
    for (const clutter of [
      'Pool Photo',
      'Related coverage',
      'Morning Wire',
      'ADVERTISEMENT',
      '(AP)',
      'Most read',
    ]) {
      expect(article.text, clutter).not.toContain(clutter);
    }
    expect(article.text).not.toContain('Putin says Russia ready for security talks, pulls back');
  });

  it('the gate accepts both seed pages and rejects the login page', () => {
    expect(isProbablyArticle(nodeDocument(byName.get('pages/ap-putin-talks')!.html))).toBe(true);
    expect(isProbablyArticle(nodeDocument(byName.get('pages/aggregator-putin-talks')!.html))).toBe(
      true,
    );
    expect(isProbablyArticle(nodeDocument(byName.get('extract/login-page')!.html))).toBe(false);
  });
});

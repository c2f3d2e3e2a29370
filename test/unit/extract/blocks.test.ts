import { describe, expect, it } from 'vitest';
import { isClutterPhrase } from '../../../src/extract/06-filter.ts';
import { countScripts, guessLanguage } from '../../../src/text/language.ts';
import { extractArticle, isProbablyArticle } from '../../../src/extract/index.ts';
import { UNHURRIED, browserDocument, nodeDocument } from './load-fixture.ts';

const PROSE =
  'The council voted on Tuesday to keep the library open on Sundays, after more than 2,000 residents signed a petition, officials said. ';

function page(body: string, lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><title>Test page</title></head><body><main><article>${body}</article></main></body></html>`;
}

describe('clutter labels', () => {
  const table: [string, number, boolean][] = [
    ['Check Also', 0, true],
    ['Read more: Putin meets Scholz in Moscow', 0.8, true],
    ['RELATED COVERAGE', 0, true],
    ['Lire aussi : Lampedusa, l’île saturée', 0.7, true],
    ['Laisser un commentaire', 0, true],
    ['Résoudre : * 13 ⁄ 1 =', 0, true],
    ['Votre adresse e-mail ne sera pas publiée.', 0, true],
    ['Advertisement', 0, true],
    ['Image 3 of 12', 0, true],
    ['Updated 1:39 am EST, Wednesday, November 20, 2019', 0, true],
    ['Share prices rose 3% on Tuesday.', 0, false],
    ['Related parties must disclose the deal, the regulator said.', 0, false],
    ['Comments from the minister angered the opposition.', 0, false],
    ['Photographers were kept away from the scene.', 0, false],
  ];
  for (const [text, linkShare, clutter] of table) {
    it(`${clutter ? 'drops' : 'keeps'} "${text}"`, () => {
      expect(isClutterPhrase(text, linkShare)).toBe(clutter);
    });
  }
});

describe('script and language of a block', () => {
  it('tells Arabic from Latin script', () => {
    expect(countScripts('ميادين | مرآة المجتمع، ملفات، تحليلات').script).toBe('arabic');
    expect(countScripts('Putin says ready for talks — 130,000 troops').script).toBe('latin');
    expect(countScripts('先日、不正に改造したiPhoneを販売した').script).toBe('cjk');
  });
  const table: [string, string][] = [
    [
      'Le centre d’accueil de l’île est saturé mais devrait rapidement revenir à la normale après les transferts.',
      'fr',
    ],
    [
      'Russian President Vladimir Putin has said he is ready to work further with the West on security issues.',
      'en',
    ],
    [
      'Die Regierung hat am Dienstag beschlossen, dass die Bibliothek auch am Sonntag geöffnet bleibt.',
      'de',
    ],
    [
      'El gobierno anunció que la biblioteca seguirá abierta los domingos por la tarde para los vecinos.',
      'es',
    ],
  ];
  for (const [text, lang] of table) {
    it(`guesses ${lang}`, () => expect(guessLanguage(text).lang).toBe(lang));
  }
});

describe('blocks and text', () => {
  it('collapses whitespace and keeps inline markup inside one paragraph', () => {
    const html = page(
      `<p>  The   council <b>voted</b>\n on <a href="/t">Tuesday</a>&nbsp;to keep the library open, officials said.   </p><p>${PROSE.repeat(3)}</p><p>${PROSE.repeat(2)}</p>`,
    );
    for (const doc of [nodeDocument(html), browserDocument(html)]) {
      const article = extractArticle(doc, UNHURRIED);
      expect(article.paragraphs[0]?.text).toBe(
        'The council voted on Tuesday to keep the library open, officials said.',
      );
    }
  });

  it('splits old-style text at double line breaks', () => {
    const html = page(
      `<div class="story">${PROSE.repeat(2)}<br><br>${PROSE}<br>${PROSE}<br><br>${PROSE}</div>`,
    );
    const article = extractArticle(nodeDocument(html), UNHURRIED);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[1]!.text).toBe(`${PROSE.trim()} ${PROSE.trim()}`);
  });

  it('gives headings, quotes and list items their roles', () => {
    const html = page(
      `<p>${PROSE.repeat(2)}</p><h2>What the council decided</h2><blockquote><p>${PROSE}</p></blockquote><ul><li>${PROSE}</li><li>${PROSE}</li></ul><p>${PROSE.repeat(2)}</p>`,
    );
    const roles = extractArticle(nodeDocument(html), UNHURRIED).paragraphs.map((p) => p.role);
    expect(roles).toEqual(['paragraph', 'heading', 'quote', 'list-item', 'list-item', 'paragraph']);
  });

  it('skips hidden text (hidden, aria-hidden, display:none) and never includes scripts', () => {
    const html = page(
      `<p>${PROSE.repeat(3)}</p><p hidden>Hidden teaser text that must not show.</p><div aria-hidden="true">Screen-reader-hidden promo line here.</div><p style="display: none">Collapsed paywall text goes here too.</p><script>var leaked = "script text";</script><p>${PROSE.repeat(2)}</p>`,
    );
    const { text } = extractArticle(nodeDocument(html), UNHURRIED);
    for (const bad of ['Hidden teaser', 'promo line', 'paywall', 'script text']) {
      expect(text).not.toContain(bad);
    }
    expect(text).toContain('The council voted');
  });

  it('drops a block in another script, and a teaser in another language, from an English article', () => {
    const html = page(
      `<p>${PROSE.repeat(3)}</p><p>${PROSE.repeat(2)}</p><p>مراسلونا يتابعون الحدث لحظة بلحظة | تابعونا على قناتنا</p><p>L’île italienne de Lampedusa fait de nouveau face à un afflux de migrants : le centre d’accueil est saturé mais devrait revenir à la normale.</p><p>${PROSE}</p>`,
    );
    const article = extractArticle(nodeDocument(html), UNHURRIED);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.text).not.toMatch(/Lampedusa|مراسلونا/);
  });

  it("keeps each paragraph's own language when its function words make it clear", () => {
    const german =
      'Der Stadtrat hat am Dienstag beschlossen, dass die Bibliothek auch am Sonntag geöffnet bleibt, nachdem mehr als 2000 Einwohner eine Petition unterschrieben hatten. ';
    // The page declares English; the paragraphs say German, and a dateline says nothing.
    const html = page(
      `<p>${german.repeat(3)}</p><p>${german.repeat(2)}</p><p>BERLIN, 3. März</p><p>${german}</p>`,
    );
    const article = extractArticle(nodeDocument(html), UNHURRIED);
    expect(article.paragraphs.map((p) => p.lang)).toEqual(['de', 'de', null, 'de']);
    const english = extractArticle(
      nodeDocument(page(`<p>${PROSE.repeat(3)}</p>`.repeat(3))),
      UNHURRIED,
    );
    expect(english.paragraphs.map((p) => p.lang)).toEqual(['en', 'en', 'en']);
  });

  it('the gate needs a few long visible paragraphs', () => {
    expect(isProbablyArticle(nodeDocument(page(`<p>${PROSE.repeat(4)}</p>`.repeat(3))))).toBe(true);
    expect(isProbablyArticle(nodeDocument(page(`<p>Short line.</p>`.repeat(30))))).toBe(false);
    const hidden = `<html><body><div>${`<p hidden>${PROSE.repeat(4)}</p>`.repeat(3)}</div></body></html>`;
    expect(isProbablyArticle(nodeDocument(hidden))).toBe(false);
  });

  it("uses the page's JSON-LD articleBody to drop short lines it does not contain", () => {
    const paragraphs = [PROSE.repeat(2).trim(), PROSE.repeat(3).trim(), PROSE.trim()];
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Library stays open',
      articleBody: paragraphs.join('\n\n'),
    });
    const html = `<html lang="en"><head><title>Library stays open</title><script type="application/ld+json">${ld}</script></head><body><article><p>${paragraphs[0]}</p><p>This post may contain affiliate links, which help fund our reporting.</p><p>${paragraphs[1]}</p><p>${paragraphs[2]}</p></article></body></html>`;
    const article = extractArticle(nodeDocument(html), UNHURRIED);
    expect(article.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  it('drops credit and follow-us lines but keeps sentences that merely start alike', () => {
    const credits = [
      '(Reporting by Greg Roumeliotis; Editing by Martin Howell)',
      'Additional reporting by Joseph Hudak',
      'Fox News’ Jessica Napoli contributed to this report.',
      'Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.',
      'World Opinions + Agencies',
      '(AP)',
    ];
    const prose =
      'Reporting by the local paper showed that the mayor had known about the leak for weeks.';
    const html = page(
      `<p>${PROSE.repeat(3)}</p><p>${prose}</p><p>${PROSE.repeat(2)}</p>${credits.map((c) => `<p>${c}</p>`).join('')}`,
    );
    const { text } = extractArticle(nodeDocument(html), UNHURRIED);
    expect(text).toContain(prose);
    for (const c of credits) expect(text).not.toContain(c);
  });
});

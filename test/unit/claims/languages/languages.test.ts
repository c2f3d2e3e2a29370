import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../src/claims/index.ts';
import type { SentenceAnalysis } from '../../../../src/model/claim.ts';
import { DE_ROWS } from './de-rows.ts';
import { ES_ROWS } from './es-rows.ts';
import { FR_ROWS } from './fr-rows.ts';
import type { LanguageRow } from './row.ts';

const nameOf = (a: SentenceAnalysis['attributions'][number]) => a.source?.text ?? null;

describe.each([
  ['de', DE_ROWS],
  ['fr', FR_ROWS],
  ['es', ES_ROWS],
])('claims in %s, one sentence at a time (no page language given)', (lang, rows: LanguageRow[]) => {
  it('has at least 40 rows', () => expect(rows.length).toBeGreaterThanOrEqual(40));

  it.each(rows)('%s → %s', (text, kind, source, cue) => {
    const all = analyseText(text);
    expect(all).toHaveLength(1);
    const s = all[0]!;
    expect(s.kind).toBe(kind);
    if (kind !== 'none') expect(s.reasons).toContain(`lang:${lang}`);
    if (source) {
      const a = s.attributions.find((x) => nameOf(x) === source);
      expect(a, `source "${source}" among ${s.attributions.map(nameOf).join(' | ')}`).toBeDefined();
      expect(a!.cue.text).toBe(cue);
    } else if (cue) {
      expect(s.attributions.map((a) => a.cue.text)).toContain(cue);
    }
    if (kind === 'anonymous' || kind === 'unattributed' || kind === 'none') {
      expect(s.attributions.some((a) => a.source?.named)).toBe(false);
    }
  });
});

describe('Portuguese, read by no lexicon, is another language (no claims), not Spanish or French', () => {
  it.each([
    'O presidente disse que a economia vai crescer este ano.',
    'A empresa anunciou o fechamento de duas fábricas em São Paulo.',
    'Segundo a polícia, três pessoas foram presas na operação.',
    'O ministro afirmou que não haverá aumento de impostos.',
    'A inflação subiu 0,5% em março, segundo o IBGE.',
    'O governo informou que as obras devem começar em junho.',
  ])('%s', (text) => {
    const [s] = analyseText(text);
    expect(s!.kind).toBe('none');
    expect(s!.reasons).toContain('other-language');
  });

  it('a Spanish sentence with "o" ("or") stays Spanish', () => {
    const [s] = analyseText('El Gobierno aprobará la ley en marzo o en abril, según el ministro.');
    expect(s!.reasons).toContain('lang:es');
    expect(s!.kind).toBe('sourced');
  });
});

describe('one cue per speaker', () => {
  it('a copula before a quotation is a predicate, not a second cue', () => {
    const [s] = analyseText(
      'La CGT a jugé que les propositions du gouvernement étaient « insuffisantes ».',
    );
    expect(s!.attributions.map((a) => a.cue.text)).toEqual(['a jugé']);
  });
});

describe('claims across sentences', () => {
  it('German Konjunktiv I carries the last speaker onward', () => {
    const text =
      'Ein Sprecher der Polizei Köln sagte am Montag, der Mann sei festgenommen worden. Man habe den Vorfall sofort gemeldet. Die Ermittlungen dauerten an.';
    const [first, second, third] = analyseText(text);
    expect(first!.kind).toBe('sourced');
    expect(second!.kind).toBe('sourced');
    expect(second!.reasons).toContain('reported-speech');
    expect(second!.attributions[0]!.source!.text).toBe('Ein Sprecher der Polizei Köln');
    expect(third!.kind).toBe('unattributed');
  });

  it('Konjunktiv I with no speaker before it is unverified reported speech', () => {
    const [s] = analyseText('Man habe den Vorfall sofort gemeldet.');
    expect(s!.kind).toBe('anonymous');
  });

  it('a pronoun takes the last named speaker: "a-t-il ajouté", "sagte er"', () => {
    const fr = analyseText(
      'Le ministre Gérald Darmanin a annoncé lundi 500 policiers de plus. «Ce n’est qu’un début», a-t-il ajouté.',
    );
    expect(fr[1]!.attributions[0]!.source!.resolved).toBe('Le ministre Gérald Darmanin');
    const de = analyseText('Olaf Scholz sprach von einem Erfolg. Man sei zufrieden, sagte er.');
    expect(de[1]!.attributions[0]!.source!.resolved).toBe('Olaf Scholz');
  });

  it('a Spanish verb without a subject takes the last named speaker', () => {
    const es = analyseText(
      'La ministra de Hacienda, María Jesús Montero, presentó los presupuestos. Dijo que la deuda bajará.',
    );
    expect(es[1]!.kind).toBe('sourced');
    expect(es[1]!.attributions[0]!.source!.resolved).toBe(
      'La ministra de Hacienda, María Jesús Montero',
    );
  });

  it('a pronoun takes the last speaker of its gender: "elle" never a male minister', () => {
    const fr = analyseText(
      'La ministre Élisabeth Borne a annoncé la réforme. Le président Emmanuel Macron était absent. Elle a déclaré que le texte serait voté.',
    );
    expect(fr[2]!.attributions[0]!.source!.resolved).toBe('La ministre Élisabeth Borne');
    const [, alone] = analyseText(
      'Le ministre Gérald Darmanin a annoncé 500 policiers de plus. « C’est un début », a-t-elle ajouté.',
    );
    expect(alone!.attributions[0]!.source!.resolved).toBeNull();
    const de = analyseText(
      'Innenministerin Nancy Faeser besuchte Köln. Bürgermeister Frank Vogel empfing sie. Die Lage sei ernst, sagte sie.',
    );
    expect(de[2]!.attributions[0]!.source!.resolved).toBe('Innenministerin Nancy Faeser');
  });

  it('a Spanish subject named in an apposition carries to the next verb without one', () => {
    const es = analyseText(
      'El presidente de Argentina, Javier Milei, visitó Madrid el martes. Dijo que la economía crece un 4 %.',
    );
    expect(es[0]!.attributions).toHaveLength(0);
    expect(es[1]!.attributions[0]!.source!.resolved).toBe(
      'El presidente de Argentina, Javier Milei',
    );
  });

  it('a French teaser on an English page is read as French', () => {
    const text =
      'Foreign Minister Sergei Lavrov said the talks would resume on Monday.\n\nSelon le ministère de la Défense, 300 soldats ont quitté la région.';
    const [en, fr] = analyseText(text, { lang: 'en' });
    expect(en!.kind).toBe('sourced');
    expect(fr!.kind).toBe('sourced');
    expect(fr!.reasons).toContain('lang:fr');
    expect(fr!.attributions[0]!.source!.text).toBe('le ministère de la Défense');
  });

  it('a page that declares the wrong language still works', () => {
    const text =
      'Die Polizei teilte am Dienstag mit, dass zwei Verdächtige festgenommen worden seien. Nach Angaben der Feuerwehr brach das Feuer gegen 3 Uhr aus.';
    const s = analyseText(text, { lang: 'en' });
    expect(s.map((x) => x.kind)).toEqual(['sourced', 'sourced']);
  });

  it('the extractor’s block language is the hint for a sentence that says little', () => {
    const text = 'Das sagte Faeser.';
    const [s] = analyseText(text, {
      lang: 'en',
      blocks: [{ start: 0, end: text.length, lang: 'de' }],
    });
    expect(s!.reasons).toContain('lang:de');
    expect(s!.attributions[0]!.source!.text).toBe('Faeser');
  });
});

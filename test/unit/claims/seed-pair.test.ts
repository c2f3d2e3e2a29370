import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';
import type { ClaimKind, SourceType } from '../../../src/model/claim.ts';

// The two seed reports (AP original, aggregator rewrite with its clutter), as published.
const read = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

type Row = [start: string, kind: ClaimKind, source?: string, type?: SourceType, resolved?: string];

// What a careful editor gives each sentence; `source` is the first attribution's source.
const AP: Row[] = [
  [
    'Moscow: Russian President Vladimir Putin said Tuesday',
    'sourced',
    'Russian President Vladimir Putin',
    'person',
  ],
  ['Putin said he doesn’t want war', 'sourced', 'Putin', 'person', 'Vladimir Putin'],
  ['The overtures from Russia offered', 'unattributed'],
  ['But concerns remain.', 'none'],
  ['NATO and Western governments said', 'sourced', 'NATO and Western governments', 'government'],
  ['Russia gave no details', 'unattributed'],
  ['The invasion fears grew after Russia massed', 'unattributed'],
  ['Russia denies it has any such plans.', 'sourced', 'Russia', 'government'],
  ['U.S. And other NATO allies, meanwhile', 'unattributed'],
  ['The U.S. And NATO have rejected', 'sourced', 'The U.S. And NATO', 'government'],
  ['But Western powers have agreed', 'sourced', 'Western powers', 'government'],
  [
    'Speaking after talks with German Chancellor Olaf Scholz, Putin said',
    'sourced',
    'Putin',
    'person',
    'Vladimir Putin',
  ],
  ['But he emphasized the need', 'sourced', 'he', 'person', 'Vladimir Putin'],
  [
    'Asked if there could be a war in Europe, Putin said',
    'sourced',
    'Putin',
    'person',
    'Vladimir Putin',
  ],
  ['He reaffirmed that Ukraine’s bid', 'sourced', 'He', 'person', 'Vladimir Putin'],
  ['(AP)', 'none'],
];

const AGGREGATOR: Row[] = [
  ['Putin says ready for talks on security, NATO concerns', 'sourced', 'Putin', 'person'],
  ['President Putin says Russia is ready', 'sourced', 'President Putin', 'person'],
  [
    'Russian President Vladimir Putin has said',
    'sourced',
    'Russian President Vladimir Putin',
    'person',
  ],
  ['He spoke on Tuesday during a news conference', 'unattributed'],
  ['Scholz said at the briefing', 'sourced', 'Scholz', 'person', 'Olaf Scholz'],
  ['Meanwhile, some troops', 'sourced', 'Russia’s defence ministry', 'government'],
  ['Blinken told Lavrov US needs', 'sourced', 'Blinken', 'person'],
  [
    'US Secretary of State Antony Blinken has told',
    'sourced',
    'US Secretary of State Antony Blinken',
    'person',
  ],
  ['“While further Russian aggression', 'sourced', 'Blinken', 'person', 'Antony Blinken'],
  ['World Opinions + Agencies', 'none'],
  ['ميادين', 'none'],
  ['صوت من لا صوت له', 'none'],
  ['Check Also', 'none'],
  // A French teaser on the English page is read as French: claims with no source.
  ['Lampedusa : plus de 1 600 migrants', 'unattributed'],
  ['L’île italienne de Lampedusa', 'unattributed'],
  ['Le centre d’accueil', 'unattributed'],
  ['Laisser un commentaire', 'none'],
  ['Votre adresse e-mail', 'none'],
  ['Les champs obligatoires', 'none'],
  ['Résoudre', 'none'],
  ['13 ⁄ 1 =', 'none'],
];

describe.each([
  ['AP report', 'ap-seed.txt', AP],
  ['aggregator page', 'aggregator-seed.txt', AGGREGATOR],
])('seed pair: %s', (_name, file, rows) => {
  const text = read(file);
  const sentences = analyseText(text);

  it('splits into the expected sentences, in order', () => {
    expect(sentences).toHaveLength(rows.length);
    sentences.forEach((s, i) => expect(s.text.startsWith(rows[i]![0]), s.text).toBe(true));
  });

  it.each(rows)('%s … → %s', (start, kind, source, type, resolved) => {
    const s = sentences.find((x) => x.text.startsWith(start));
    expect(s, start).toBeDefined();
    expect(s!.kind).toBe(kind);
    expect(text.slice(s!.start, s!.end)).toBe(s!.text);
    if (source) {
      const src = s!.attributions.find((a) => a.source)?.source;
      expect(src?.text).toBe(source);
      expect(src?.type).toBe(type);
      expect(src?.named).toBe(true);
      expect(src?.resolved ?? null).toBe(resolved ?? null);
      expect(text.slice(src!.start, src!.end)).toBe(src!.text);
    }
  });
});

describe('seed pair details', () => {
  it('keeps the reporter\'s own analysis ("offered possible new impetus") unattributed, hedged', () => {
    const s = analyseText(read('ap-seed.txt')).find((x) => x.text.startsWith('The overtures'))!;
    expect(s.kind).toBe('unattributed');
    expect(s.attributions).toEqual([]);
    expect(s.hedged).toBe(true);
    expect(s.hedges.map((h) => h.text)).toEqual(['possible']);
  });

  it('hedges the AP lede ("may suggest") and names the cue', () => {
    const [lede] = analyseText(read('ap-seed.txt'));
    expect(lede!.hedged).toBe(true);
    expect(lede!.reasons).toContain('hedge');
    expect(lede!.hedges.map((h) => h.text)).toContain('may suggest');
  });

  it('takes the aggregator defence-ministry sentence cue as "was quoted by … as saying"', () => {
    const s = analyseText(read('aggregator-seed.txt')).find((x) => x.text.startsWith('Meanwhile'))!;
    const a = s.attributions[0]!;
    expect(a.cue.text).toBe('was quoted by the Interfax news agency as saying');
    expect(a.content?.text).toMatch(/^Meanwhile, some troops .* after completing drills$/);
    expect(s.hedged).toBe(true);
  });

  it('attributes the Blinken quote to Blinken and to the statement', () => {
    const s = analyseText(read('aggregator-seed.txt')).find((x) => x.text.startsWith('“While'))!;
    const sources = s.attributions.map((a) => [a.cue.text, a.source?.text, a.source?.type]);
    expect(sources).toEqual([
      ['told', 'Blinken', 'person'],
      ['according to', 'the statement', 'document'],
    ]);
    expect(s.attributions[0]!.content?.text.startsWith('“While further Russian aggression')).toBe(
      true,
    );
    // The statement is the State Department's, credited in the headline above.
    expect(s.attributions[1]!.source?.resolved).toBe('State Department');
  });

  it('credits the headline "…: State Department" to the State Department', () => {
    const s = analyseText(read('aggregator-seed.txt')).find((x) =>
      x.text.startsWith('Blinken told Lavrov'),
    )!;
    const credit = s.attributions.find((a) => a.cue.text === ':')!;
    expect(credit.source).toMatchObject({ text: 'State Department', type: 'government' });
    expect(credit.content?.text).toBe('Blinken told Lavrov US needs to see credible de-escalation');
    const told = s.attributions.find((a) => a.cue.text === 'told')!;
    expect(told.content?.text).toBe('US needs to see credible de-escalation');
  });

  it('links the "emphasized" and "emphasised" sentences to Putin in both reports', () => {
    const ap = analyseText(read('ap-seed.txt')).find((x) => x.text.includes('emphasized'))!;
    const agg = analyseText(read('aggregator-seed.txt')).find((x) =>
      x.text.includes('emphasised'),
    )!;
    const apCue = ap.attributions.find((a) => a.cue.text === 'emphasized')!;
    const aggCue = agg.attributions.find((a) => a.cue.text === 'emphasised')!;
    expect(apCue.source?.resolved).toBe('Vladimir Putin');
    expect(aggCue.source?.text).toBe('Russian President Vladimir Putin');
  });
});

import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/claims/index.ts';
import type { SourceType } from '../../../src/model/claim.ts';

/** The first attribution of the last sentence of `text`. */
function last(text: string) {
  const sentences = analyseText(text);
  const s = sentences[sentences.length - 1]!;
  return { s, a: s.attributions[0] };
}

describe('attribution: cue, source and type', () => {
  it.each<[string, string, string | null, SourceType | null, boolean]>([
    ['The talks will resume next week, officials said.', 'said', 'officials', 'person', false],
    ['Russia denies it has any such plans.', 'denies', 'Russia', 'government', true],
    ['“We are ready,” said Dmitry Peskov.', 'said', 'Dmitry Peskov', 'person', true],
    [
      'According to the Interfax news agency, troops left.',
      'According to',
      'the Interfax news agency',
      'media',
      true,
    ],
    [
      'Troops left the area, according to a source familiar with the matter.',
      'according to',
      'a source familiar with the matter',
      'person',
      false,
    ],
    [
      'A statement from the ministry said troops had left.',
      'said',
      'A statement from the ministry',
      'document',
      true,
    ],
    [
      'Sen. Bernie Sanders (I-Vt.) said he would release the records.',
      'said',
      'Sen. Bernie Sanders (I-Vt.)',
      'person',
      true,
    ],
    [
      'Marley Anderson, 21, a junior from Las Vegas, said she voted.',
      'said',
      'Marley Anderson, 21, a junior from Las Vegas,',
      'person',
      true,
    ],
    [
      'The New York Post reports that the team avoided the hospital.',
      'reports',
      'The New York Post',
      'media',
      true,
    ],
    [
      'The Pentagon warned that the drills could escalate.',
      'warned',
      'The Pentagon',
      'government',
      true,
    ],
    ['Western diplomats say the offer is a ploy.', 'say', 'Western diplomats', 'person', false],
    ['Reuters reported that 40 people were arrested.', 'reported', 'Reuters', 'media', true],
    ['The study found that turnout fell by 4 percent.', 'found', 'The study', 'document', true],
    [
      'A Kremlin spokesman said the talks were useful.',
      'said',
      'A Kremlin spokesman',
      'person',
      true,
    ],
    [
      'The company emphasised that no data was lost.',
      'emphasised',
      'The company',
      'organization',
      true,
    ],
    ['SANDERS: We will win this nomination.', ':', 'SANDERS', 'person', true],
  ])('%s', (text, cue, source, type, named) => {
    const { a } = last(text);
    expect(a?.cue.text).toBe(cue);
    expect(a?.source?.text ?? null).toBe(source);
    if (type) expect(a?.source?.type).toBe(type);
    expect(a?.source?.named ?? false).toBe(named);
  });

  it('finds the content after the cue, with "that"', () => {
    const { a } = last('Putin said Tuesday that Moscow is ready for talks.');
    expect(a?.content?.text).toBe('that Moscow is ready for talks');
  });

  it('finds the content before an inverted cue', () => {
    const { a } = last('“We remain committed to diplomacy,” Blinken told Lavrov.');
    expect(a?.content?.text).toBe('“We remain committed to diplomacy,”');
  });

  it('skips the addressee of "told"', () => {
    const { a } = last('Blinken told reporters the window remains open.');
    expect(a?.content?.text).toBe('the window remains open');
  });

  it('does not take quoted speakers’ own reporting verbs as the article’s cues', () => {
    const { a } = last('“I think they said no,” Smith said.');
    expect(a?.cue.text).toBe('said');
    expect(a?.source?.text).toBe('Smith');
  });

  it.each([
    'The invasion fears grew after the drills.',
    'Some states remained too close to call.',
    'It is a program called Sandy Hook Promise.',
  ])('no cue in %s', (text) => {
    expect(last(text).s.attributions).toEqual([]);
  });
});

describe('pronouns and short references resolve to the named antecedent', () => {
  it.each([
    [
      'Russian President Vladimir Putin met Scholz. Putin said talks were possible. He added that war was not wanted.',
      'Vladimir Putin',
    ],
    [
      'Angela Merkel spoke first. Merkel said the deal held. But she warned that gas prices would rise.',
      'Angela Merkel',
    ],
    [
      'Russia’s defence ministry said drills had ended. The ministry said troops would return.',
      'Russia’s defence ministry',
    ],
  ])('%s → %s', (text, resolved) => {
    const { a } = last(text);
    expect(a?.source?.resolved).toBe(resolved);
    expect(a?.source?.named).toBe(true);
  });

  it('expands a surname to the full name seen earlier', () => {
    const { a } = last('German Chancellor Olaf Scholz arrived. Scholz said he agreed.');
    expect(a?.source?.text).toBe('Scholz');
    expect(a?.source?.resolved).toBe('Olaf Scholz');
  });
});

describe('quotes over several sentences', () => {
  it('attributes every sentence of a quote to the speaker named at its end', () => {
    const text = '“We are ready. We want peace. Nobody wants war,” Putin said.';
    const sentences = analyseText(text);
    expect(sentences).toHaveLength(3);
    for (const s of sentences) {
      expect(s.kind).toBe('sourced');
      expect(s.attributions[0]?.source?.text).toBe('Putin');
    }
  });

  it('attributes a quote paragraph introduced by "said:"', () => {
    const text = 'The senator said in a statement:\n“We will not back down. The bill is dead.”';
    const sentences = analyseText(text);
    expect(sentences.slice(1).map((s) => s.kind)).toEqual(['anonymous', 'anonymous']);
    expect(sentences[2]!.attributions[0]?.cue.text).toBe('said');
  });

  it('continues the speaker into the next quoted sentence of the paragraph', () => {
    const text = '“The talks went well,” Scholz said. “We will meet again in March.”';
    const [, second] = analyseText(text);
    expect(second!.kind).toBe('sourced');
    expect(second!.attributions[0]?.source?.text).toBe('Scholz');
  });
});

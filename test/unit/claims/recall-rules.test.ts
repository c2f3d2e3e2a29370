import { describe, expect, it } from 'vitest';
import { analyseText, splitSentences } from '../../../src/claims/index.ts';
import type { ClaimKind } from '../../../src/model/claim.ts';

/** The last sentence of `text`, analysed in context. */
function last(text: string) {
  const sentences = analyseText(text);
  return sentences[sentences.length - 1]!;
}

describe('group subjects: a share of people and what it says or does', () => {
  it.each<[text: string, cue: string, source: string]>([
    ['Forty-one percent would choose Sanders as the nominee.', 'would choose', 'Forty-one percent'],
    [
      'About 4 in 10 voters want a candidate from outside politics.',
      'want',
      'About 4 in 10 voters',
    ],
    [
      'Fifty-two percent of likely voters said they trust the mayor more.',
      'said',
      'Fifty-two percent of likely voters',
    ],
    ['Among Republicans, 27 percent would vote for Whitfield.', 'would vote for', '27 percent'],
    [
      'A slim majority of Democrats support the new levy.',
      'support',
      'A slim majority of Democrats',
    ],
    [
      'Just 30 percent of all voters consider the governor honest.',
      'consider',
      'Just 30 percent of all voters',
    ],
  ])('%s', (text, cue, source) => {
    const s = last(text);
    const a = s.attributions.find((x) => x.cue.text === cue);
    expect(a?.source?.text).toBe(source);
    expect(a?.source?.named).toBe(false);
    expect(s.kind).toBe<ClaimKind>('anonymous');
  });

  it.each([
    'Only 20 percent of the budget goes to schools.',
    'A 20 percent tax on imports would hurt growth.',
    'The third is health care.',
    'About 90 percent are married, the census shows no change.',
  ])('no group attribution: %s', (text) => {
    const s = last(text);
    expect(s.attributions.filter((a) => a.source?.text.match(/percent|third/))).toEqual([]);
  });
});

describe('verb forms that read as nouns or adjectives', () => {
  it.each([
    'Clinton won most of the Western states by wide margins.',
    'Whitfield trails by 271 pledged delegates after Tuesday.',
    'A Friday tweet from the senator drew thousands of replies.',
    'The October report exceeded what economists had expected.',
  ])('no attribution: %s', (text) => {
    expect(last(text).attributions).toEqual([]);
  });

  it.each<[text: string, cue: string, source: string]>([
    ['The governor is warning residents that the river will crest.', 'is warning', 'The governor'],
    ['"Leave applies after a year," the memo states.', 'states', 'the memo'],
    ['Democrats report that turnout rose in every county.', 'report', 'Democrats'],
  ])('still a verb: %s', (text, cue, source) => {
    const a = last(text).attributions.find((x) => x.cue.text === cue);
    expect(a?.source?.text).toBe(source);
  });
});

describe('long tail of speech verbs (chosen on PolNeAR train)', () => {
  it.each<[text: string, cue: string, source: string]>([
    ['The senator lashed out at the agency on Tuesday.', 'lashed out', 'The senator'],
    ['Mayor Ortiz thanked the volunteers for their long nights.', 'thanked', 'Mayor Ortiz'],
    ['The judge ordered the county to reopen two polling places.', 'ordered', 'The judge'],
    ['Whitfield likened the plan to a blank check.', 'likened', 'Whitfield'],
    ['The chairman apologized for the delay in the count.', 'apologized', 'The chairman'],
    ['Analysts speculated that the merger would collapse.', 'speculated', 'Analysts'],
  ])('%s', (text, cue, source) => {
    const a = last(text).attributions.find((x) => x.cue.text === cue);
    expect(a?.source?.text).toBe(source);
  });
});

describe('quotes that run over sentences and paragraphs', () => {
  it('a quote paragraph after a carried quote keeps the speaker', () => {
    const text =
      '“The plan failed,” Barkley said. “It cost too much. Nobody wanted it.”\n\n“Then they blamed the voters for it.”';
    const s = last(text);
    expect(s.attributions[0]?.source?.text).toBe('Barkley');
  });

  it('a wrongly curled opening mark before "Mr." does not end the sentence', () => {
    const text = '”Mr. Whitfield embodies the old politics of the county.';
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe('subjects set off by dashes, negated auxiliaries', () => {
  it.each<[text: string, cue: string, source: string]>([
    [
      'Mayor Ruth Ellison -- a Democrat -- said the bridge would reopen.',
      'said',
      'Mayor Ruth Ellison',
    ],
    [
      'A former candidate -- Tom Ames, who lost the 2008 race -- said the plan would fail.',
      'said',
      'A former candidate',
    ],
    ['Democrats don’t think the governor can carry the county.', 'don’t think', 'Democrats'],
    ["The senator didn't say whether she would run again.", "didn't say", 'The senator'],
    ['And she’s predicting a win in the county next week.', '’s predicting', 'she'],
  ])('%s', (text, cue, source) => {
    const a = last(text).attributions.find((x) => x.cue.text === cue);
    expect(a?.source?.text).toBe(source);
  });
});

describe('a dash and a name sign a quotation off', () => {
  const text =
    'Readers wrote in after the debate.\n\n' +
    '“The debate settled nothing. He dodged every question.” ― Dana Whitfield\n' +
    '“I will vote early this year.”― Luis Ortega.';
  const sentences = analyseText(text);

  it.each<[sentence: string, source: string]>([
    ['“The debate settled nothing.', 'Dana Whitfield'],
    ['He dodged every question.” ― Dana Whitfield', 'Dana Whitfield'],
    ['“I will vote early this year.”― Luis Ortega.', 'Luis Ortega'],
  ])('%s', (sentence, source) => {
    const s = sentences.find((x) => x.text === sentence);
    expect(s?.attributions[0]?.source?.text).toBe(source);
    expect(s?.kind).toBe<ClaimKind>('sourced');
  });

  it('a dash inside prose is no sign-off', () => {
    const s = last('The vote was close — Whitfield won by 200 ballots.');
    expect(s.attributions).toEqual([]);
  });
});

describe('verbs after adverbs, in headlines, after "by", and passives with no agent', () => {
  it.each<[text: string, cue: string, source: string | null]>([
    ['He also thinks the mayor will win a second term.', 'thinks', 'He'],
    ['Teachers Union Chief Endorses Whitfield For Governor', 'Endorses', 'Teachers Union Chief'],
    ['The governor began by saying that the budget was balanced.', 'saying', 'The governor'],
    ['Inspectors have repeatedly been accused of ignoring the complaints.', 'been accused', null],
    ['Residents were told that the water was safe to drink.', 'were told', null],
  ])('%s', (text, cue, source) => {
    const a = last(text).attributions.find((x) => x.cue.text === cue);
    expect(a).toBeDefined();
    expect(a?.source?.text ?? null).toBe(source);
  });
});

describe('a colon line with no speaker introduces quote paragraphs', () => {
  it('the speaker named just before goes on', () => {
    const text =
      'Governor Ruth Ellison told supporters in Dayton on Tuesday that she would run again.\n\n' +
      'Remarks as follows:\n\n' +
      '“We came here to win. And we will win in November.”';
    const s = last(text);
    expect(s.attributions[0]?.source?.text).toBe('Governor Ruth Ellison');
  });

  it('a quote paragraph with no speaker next to it takes the one named just before', () => {
    const text =
      'Mayor Ortiz said the city would appeal. The hearing is set for May.\n\n' +
      '“We will not give up on this bridge.”';
    expect(last(text).attributions[0]?.source?.text).toBe('Mayor Ortiz');
  });
});

import type { ReportInput, ReportSentence } from '../../../src/model/report.ts';

/** Splits text into sentences at ". " and labels them the way a claim tagger roughly would. */
export function sentencesOf(text: string): ReportSentence[] {
  const out: ReportSentence[] = [];
  const re = /[^.!?]+[.!?]+(?:\s+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const start = m.index + (raw.length - raw.trimStart().length);
    const sentence = raw.trim();
    const said = /\b(said|told|according to|announced)\b/.test(sentence);
    out.push({
      index: out.length,
      text: sentence,
      start,
      end: start + sentence.length,
      kind: said ? 'sourced' : 'unattributed',
      hedged: /\b(may|might|could)\b/.test(sentence),
      source: said ? 'Vladimir Putin' : null,
      sourceType: said ? 'person' : null,
      cue: said ? 'said' : null,
    });
  }
  return out;
}

export function makeReport(
  url: string,
  text: string,
  extra: Partial<Omit<ReportInput, 'text' | 'sentences'>> = {},
): ReportInput {
  return {
    url,
    canonicalUrl: null,
    site: new URL(url).hostname,
    title: `Report at ${url}`,
    byline: null,
    publishedTime: null,
    lang: 'en',
    text,
    sentences: sentencesOf(text),
    ...extra,
  };
}

export const AP_TEXT =
  'Russian President Vladimir Putin said Tuesday that Moscow is ready for security talks with the United States and NATO. ' +
  'The invasion fears grew after Russia massed more than 130,000 troops near Ukraine in recent weeks. ' +
  'Putin said Russia does not want war but emphasized the need for the West to heed its main demands. ' +
  'Western governments said they had seen no signs of de-escalation yet on Tuesday.';

export const AGGREGATOR_TEXT =
  'Putin said Moscow is ready for security talks with the United States and NATO. ' +
  'Russia massed more than 130,000 troops near Ukraine in recent weeks. ' +
  'Putin does not want war but emphasised the need for the West to heed Russia’s main demands. ' +
  'Subscribe to our newsletter for more stories like this one.';

/** A report on an unrelated story, numbered so every one is different. */
export function unrelatedReport(n: number): ReportInput {
  const text =
    `The city council of town number ${n} approved a budget of ${n * 1000 + 7} dollars for parks. ` +
    `Officials said the vote on item ${n} passed after a long debate about libraries. ` +
    `Residents of district ${n} could see new bus routes by the end of the year.`;
  return makeReport(`https://local${n}.example.org/news/${n}`, text, {
    title: `Council vote ${n}`,
  });
}

import { describe, expect, it } from 'vitest';
import { wireCredit } from '../../../src/crossref/index.ts';

describe('wireCredit: who a report runs the text of', () => {
  it.each([
    [
      'dateline credit',
      'example.com',
      null,
      'MOSCOW (AP) — Russian President Vladimir Putin said',
      'AP',
    ],
    [
      'dateline with country',
      'example.com',
      null,
      'KYIV, Ukraine (Reuters) - The army said',
      'Reuters',
    ],
    ['sign-off line', 'example.com', null, 'The summit ended on Friday.\n— AFP', 'AFP'],
    [
      'a citation is no credit',
      'example.com',
      null,
      'Reuters reported that the army withdrew.',
      null,
    ],
    ['byline', 'example.com', 'By JIM HEINTZ Associated Press', 'Text.', 'AP'],
    ['the agency’s own site', 'www.apnews.com', null, 'Text.', 'AP'],
    ['an initialism in running text', 'example.com', 'Paul Adams', 'The PA system failed.', null],
    ['an outlet’s own staff', 'bbc.co.uk', 'By Jane Doe, BBC News', 'Text.', null],
  ])('%s', (_, site, byline, text, agency) => {
    expect(wireCredit({ site, byline, text })).toBe(agency);
  });
});

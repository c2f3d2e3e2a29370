import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../src/text/site.ts';

describe('siteOf: the hostname a reader knows a site by', () => {
  const table: [string, string | null][] = [
    ['https://www.apnews.com/article/russia-ukraine-1', 'apnews.com'],
    ['https://apnews.com/', 'apnews.com'],
    // Only a leading "www." goes: "www2." and an inner "www." are part of the name.
    ['https://www2.example.org/x', 'www2.example.org'],
    ['https://news.www.example.org/', 'news.www.example.org'],
    ['http://127.0.0.1:8080/ap.html', '127.0.0.1'],
    ['HTTPS://WWW.BBC.CO.UK/news', 'bbc.co.uk'],
    // A URL without a host names no site.
    ['file:///home/reader/page.html', ''],
    // Not a URL at all: the caller decides what to show.
    ['apnews.com/article', null],
    ['', null],
  ];
  for (const [url, site] of table) {
    it(`${JSON.stringify(url)} → ${JSON.stringify(site)}`, () => expect(siteOf(url)).toBe(site));
  }
});

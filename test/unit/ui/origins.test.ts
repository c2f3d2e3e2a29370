import { describe, expect, it } from 'vitest';
import sites from '../../../src/options/news-sites.json';
import { describePattern, groupGranted, patternsFor } from '../../../src/options/origins.ts';

describe('host permission patterns', () => {
  it('covers a site and its subdomains over https', () => {
    expect(patternsFor('apnews.com')).toEqual(['https://apnews.com/*', 'https://*.apnews.com/*']);
  });

  it.each([
    ['https://*.apnews.com/*', 'apnews.com'],
    ['https://apnews.com/*', 'apnews.com'],
    ['http://127.0.0.1/*', '127.0.0.1 (http)'],
    ['https://*/*', '*'],
  ])('%s reads as %s', (pattern, label) => {
    expect(describePattern(pattern)).toBe(label);
  });

  it('groups both patterns of a site into one row', () => {
    expect(groupGranted([...patternsFor('reuters.com'), ...patternsFor('apnews.com')])).toEqual([
      { site: 'apnews.com', patterns: patternsFor('apnews.com') },
      { site: 'reuters.com', patterns: patternsFor('reuters.com') },
    ]);
  });

  it('suggests well-formed, distinct hosts', () => {
    const hosts = sites.map((s) => s.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const h of hosts) expect(h).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
  });
});

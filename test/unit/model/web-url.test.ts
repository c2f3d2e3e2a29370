import { describe, expect, it } from 'vitest';
import { checkReport, checkReportInput } from '../../../src/model/validate-report.ts';
import { isWebUrl, ownCanonical, safeHref } from '../../../src/model/web-url.ts';
import { makeReport } from '../store/make-report.ts';

describe('web addresses', () => {
  it.each([
    ['https://apnews.com/article/x', true],
    ['http://127.0.0.1:8080/ap.html', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['file:///etc/passwd', false],
    ['chrome://settings', false],
    ['chrome-extension://abc/page.html', false],
    ['moz-extension://abc/page.html', false],
    ['blob:https://example.com/uuid', false],
    ['ftp://example.com/x', false],
    ['//example.com/x', false],
    ['/relative/path', false],
    ['', false],
  ])('%s is a web url: %s', (url, web) => {
    expect(isWebUrl(url)).toBe(web);
    expect(safeHref(url)).toBe(web ? url : null);
  });

  it.each([
    ['https://example.com/a', 'https://example.com/story', 'https://example.com/story'],
    ['https://example.com/a', null, null],
    ['https://example.com/a', '  ', null],
    ['https://evil.example/a', 'https://example.com/story', null],
    ['https://m.example.com/a', 'https://example.com/story', null],
    ['http://example.com/a', 'https://example.com/story', null],
    ['https://example.com:8443/a', 'https://example.com/story', null],
    ['https://example.com/a', 'javascript:alert(1)', null],
    ['https://example.com/a', 'not a url', null],
  ])('page %s with canonical %s keeps %s', (url, canonical, kept) => {
    expect(ownCanonical(url, canonical)).toBe(kept);
  });
});

describe('report validation', () => {
  it.each([
    [
      'url',
      'javascript:alert(1)',
      /report\.url: only http and https addresses are kept, not "javascript:"/,
    ],
    ['url', 'data:text/html,x', /report\.url: only http and https .* not "data:"/],
    ['url', 'file:///etc/passwd', /not "file:"/],
    ['url', 'chrome://settings', /not "chrome:"/],
    ['url', 'relative/page', /report\.url: not an absolute http or https address/],
    [
      'canonicalUrl',
      'javascript:alert(1)',
      /report\.canonicalUrl: only http and https .* "javascript:"/,
    ],
    ['canonicalUrl', 'moz-extension://x/y', /not "moz-extension:"/],
  ])('refuses a report whose %s is %s', (field, value, message) => {
    const report = {
      ...makeReport('https://example.com/a', 'Officials said so. '),
      [field]: value,
    };
    expect(checkReportInput(report)).toMatch(message);
    // An import file's stored report gets the same rule and message.
    expect(checkReport({ ...report, id: 1, readAt: 0 })).toMatch(message);
  });

  it('accepts http(s) urls and a missing canonical url', () => {
    const report = makeReport('https://example.com/a', 'Officials said so. ');
    expect(checkReportInput(report)).toBeNull();
    expect(checkReportInput({ ...report, canonicalUrl: null })).toBeNull();
    expect(checkReportInput({ ...report, url: 'http://127.0.0.1:8080/x' })).toBeNull();
  });
});

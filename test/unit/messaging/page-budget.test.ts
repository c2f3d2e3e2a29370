import { describe, expect, it } from 'vitest';
import { PageBudget } from '../../../src/background/page-budget.ts';

describe('PageBudget', () => {
  it('lets a tab burst, then one request per refill period', () => {
    let now = 0;
    const budget = new PageBudget({ burst: 3, refillMs: 1000, now: () => now });
    const take = (tab: number) => budget.take(tab, 'https://a.example', `https://a.example/${now}`);
    expect([take(1), take(1), take(1)]).toEqual([null, null, null]);
    expect(take(1)).toMatch(/too often/);
    // Another tab has its own bucket.
    expect(take(2)).toBeNull();
    now = 999;
    expect(take(1)).toMatch(/too often/);
    now = 1000;
    expect(take(1)).toBeNull();
    expect(take(1)).toMatch(/too often/);
    // A closed tab is forgotten; a new one with its id starts full.
    budget.forgetTab(1);
    expect(take(1)).toBeNull();
  });

  it('caps the distinct pages one origin files, not re-reads of one page', () => {
    const budget = new PageBudget({ burst: 1000, originReports: 2, now: () => 0 });
    const take = (origin: string, page: string) => budget.take(1, origin, `${origin}/${page}`);
    expect(take('https://a.example', 'x')).toBeNull();
    expect(take('https://a.example', 'y')).toBeNull();
    expect(take('https://a.example', 'z')).toMatch(/https:\/\/a\.example filed 2 pages/);
    // The same pages again (an SPA going back and forth) are not new reports.
    expect(take('https://a.example', 'x')).toBeNull();
    // Other origins have their own count.
    expect(take('https://b.example', 'z')).toBeNull();
  });
});

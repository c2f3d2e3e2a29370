import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../../src/public/_locales/en/messages.json';
import type { StoryListing, StoryQuery, StoryReport } from '../../../src/model/story-list.ts';
import type { OptionsApi } from '../../../src/options/api.ts';
import { StoriesSection } from '../../../src/options/StoriesSection.tsx';
import { useCatalogue, usePluralLocale, type Catalogue } from '../../../src/ui/t.ts';

const EVIL = '<img src=x onerror=alert(1)>';

function report(id: number, site: string, over: Partial<StoryReport> = {}): StoryReport {
  return {
    id,
    url: `https://${site.toLowerCase().replace(/\W+/g, '')}.example/fire`,
    site,
    title: `Fire at the ${site} pier`,
    publishedTime: `2026-03-0${id}T10:00:00Z`,
    readAt: 1_772_000_000_000 + id * 60_000,
    ...over,
  };
}

/** The fire story: the Courier's report and its rewrite (one origin), the Ledger's own report. */
const FIRE: StoryListing = {
  id: 1,
  reportCount: 3,
  originCount: 2,
  latestReadAt: 1_772_000_000_000 + 3 * 60_000,
  origins: [
    { agency: null, reports: [report(1, 'Harbor Courier'), report(3, 'Daily Digest')] },
    { agency: null, reports: [report(2, 'Valley Ledger', { title: `Ledger ${EVIL}` })] },
  ],
};

const single = (id: number, over: Partial<StoryReport> = {}): StoryListing => ({
  id,
  reportCount: 1,
  originCount: 1,
  latestReadAt: 1,
  origins: [{ agency: null, reports: [report(id, `Site ${id}`, over)] }],
});

/** `filing`: what successive answers say is still being filed (then 0). */
function fakeApi(stories: StoryListing[], filing: number[] = []) {
  const calls: StoryQuery[] = [];
  const api = {
    listStories: vi.fn(async (q: StoryQuery) => {
      calls.push(q);
      const offset = q.offset ?? 0;
      const items = stories.slice(offset, offset + (q.limit ?? 20));
      return { total: stories.length, items, filing: filing.shift() ?? 0 };
    }),
  } as unknown as OptionsApi;
  return { api, calls };
}

let root: HTMLElement;

beforeEach(() => {
  useCatalogue(messages as Catalogue);
  usePluralLocale('en');
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  useCatalogue(null);
  usePluralLocale(null);
});

/** Renders and waits for the section's state marker to leave "loading". */
async function show(api: OptionsApi): Promise<HTMLElement> {
  await act(() => render(<StoriesSection api={api} version={0} onChanged={() => {}} />, root));
  const section = root.querySelector<HTMLElement>('[data-cb="stories"]')!;
  await vi.waitFor(() => expect(section.dataset.state).not.toBe('loading'));
  return section;
}

const roles = (story: Element) =>
  [...story.querySelectorAll('[data-cb="story-origin"]')].map((o) =>
    [...o.querySelectorAll('[data-cb="story-report"]')].map(
      (r) => `${r.querySelector('.cb-story-site')!.textContent}:${r.getAttribute('data-role')}`,
    ),
  );

describe('StoriesSection', () => {
  it('lists a story with its original and copy apart from the independent report', async () => {
    const section = await show(fakeApi([FIRE]).api);
    expect(section.dataset.state).toBe('ready');
    const story = section.querySelector('[data-cb="story"]')!;
    expect(roles(story)).toEqual([
      ['Harbor Courier:original', 'Daily Digest:copy'],
      ['Valley Ledger:independent'],
    ]);
    expect(story.querySelector('.cb-story-name')!.textContent).toBe(
      'Fire at the Harbor Courier pier',
    );
    expect(story.textContent).toContain('3 reports · 2 independent outlets');
    expect(section.textContent).toContain('1 story');
  });

  it('renders page text as text and links only http(s) addresses', async () => {
    const bad = single(9, { url: 'javascript:alert(1)', title: `Bad ${EVIL}` });
    const section = await show(fakeApi([FIRE, bad]).api);
    expect(section.querySelector('img')).toBeNull();
    expect(section.textContent).toContain(`Ledger ${EVIL}`);
    const hrefs = [...section.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://harborcourier.example/fire',
      'https://dailydigest.example/fire',
      'https://valleyledger.example/fire',
    ]);
    const last = [...section.querySelectorAll('[data-cb="story"]')].at(-1)!;
    // One report, one origin: singular forms, and no role badge to tell apart.
    expect(last.textContent).toContain('1 report · 1 independent outlet');
    expect(last.querySelector('.cb-role')).toBeNull();
  });

  it('names the agency whose wire text an origin runs', async () => {
    const wire: StoryListing = { ...FIRE, origins: [{ ...FIRE.origins[0]!, agency: 'AP' }] };
    const section = await show(fakeApi([wire]).api);
    expect(section.querySelector('[data-cb="story-agency"]')!.textContent).toBe(
      'Wire text credited to AP',
    );
  });

  it('says how many reports of a long story are not listed', async () => {
    const long: StoryListing = { ...FIRE, reportCount: 7 };
    const section = await show(fakeApi([long]).api);
    expect(section.textContent).toContain('4 earlier reports not listed');
  });

  it('loads the next page on "Show more" and appends it', async () => {
    const many = Array.from({ length: 25 }, (_, i) => single(i + 1));
    const { api, calls } = fakeApi(many);
    const section = await show(api);
    expect(section.querySelectorAll('[data-cb="story"]')).toHaveLength(20);
    expect(section.textContent).toContain('25 stories');
    await act(() => section.querySelector<HTMLButtonElement>('[data-cb="more-stories"]')!.click());
    await vi.waitFor(() => expect(section.dataset.state).toBe('ready'));
    expect(calls).toEqual([
      { offset: 0, limit: 20 },
      { offset: 20, limit: 20 },
    ]);
    const ids = [...section.querySelectorAll('[data-cb="story"]')].map((s) =>
      Number(s.getAttribute('data-story-id')),
    );
    expect(ids).toEqual(many.map((s) => s.id));
    expect(section.querySelector('[data-cb="more-stories"]')).toBeNull();
  });

  it('says so when there is no story, and shows an error as an alert', async () => {
    const empty = await show(fakeApi([]).api);
    expect(empty.querySelector('.cb-empty')!.textContent).toContain('No stories yet');
    render(null, root);
    const failing = {
      listStories: async () => Promise.reject(new Error('the store is closed')),
    } as unknown as OptionsApi;
    const section = await show(failing);
    expect(section.dataset.state).toBe('error');
    expect(section.querySelector('[role="alert"]')!.textContent).toBe('the store is closed');
  });
});

describe('StoriesSection while imported reports are being filed', () => {
  it('says so, and asks again until every report is in its story', async () => {
    const { api, calls } = fakeApi([FIRE], [2, 1]);
    await act(() => render(<StoriesSection api={api} version={0} onChanged={() => {}} />, root));
    const section = root.querySelector<HTMLElement>('[data-cb="stories"]')!;
    await vi.waitFor(() => expect(section.dataset.state).toBe('filing'));
    expect(section.querySelector('[data-cb="stories-filing"]')!.textContent).toBe(
      'Placing 2 imported reports in their stories…',
    );
    await vi.waitFor(() => expect(section.dataset.state).toBe('ready'), { timeout: 5_000 });
    expect(calls.length).toBe(3);
    expect(section.querySelector('[data-cb="stories-filing"]')).toBeNull();
  });
});

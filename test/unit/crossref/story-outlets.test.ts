import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import {
  matchPage,
  MatchIndex,
  queryPage,
  storyView,
  WIRE_ORIGIN,
} from '../../../src/crossref/index.ts';
import type { PageMatches, Report, ReportInput } from '../../../src/model/report.ts';
import { analyseDocument } from '../../../src/pipeline/analyse-document.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

function page(name: string): ReportInput {
  const html = readFileSync(join(PAGES, name, 'index.html'), 'utf8');
  return analyseDocument(parseHtml(html), `https://${name}.example/`).report;
}

/** Reads pages in turn as the extension does: answer, then file the page where it stands. */
function readInTurn(inputs: ReportInput[]): PageMatches[] {
  const index = new MatchIndex();
  const reports = new Map<number, Report>();
  return inputs.map((input, i) => {
    const id = i + 1;
    const result = matchPage(input, null, queryPage(index, input, null), reports, {
      now: id * 1000,
      story: storyView(index, input, null),
    });
    const report: Report = { ...input, id, readAt: id * 1000 };
    reports.set(id, report);
    index.add(id, report.sentences);
    const own = (v: number | undefined) => (v === undefined || v < 0 ? id : v);
    index.place(id, { story: own(result.place?.story), origin: own(result.place?.origin) });
    return result;
  });
}

const outletsOf = (r: PageMatches, needle: string, input: ReportInput) => {
  const s = input.sentences.find((x) => x.text.includes(needle))!;
  return r.outlets?.[s.index];
};

describe('one fire told by two outlets and rewritten once', () => {
  const courier = page('story-fire-courier');
  const ledger = page('story-fire-ledger');
  const digest = page('story-fire-digest');
  const [first, second, third] = readInTurn([courier, ledger, digest]);

  it('finds nothing for the first report', () => {
    expect(first!.story).toEqual([]);
  });

  it('lists the second outlet’s report as independent, with the claim both carry at 2 outlets', () => {
    expect(second!.story.map((m) => [m.reportId, m.independent])).toEqual([[1, true]]);
    expect(outletsOf(second!, 'no one was injured', ledger)).toBe(2);
  });

  it('lists the rewrite’s original as a copy and the other outlet as independent', () => {
    const byId = new Map(third!.story.map((m) => [m.reportId, m]));
    expect(byId.get(1)?.independent).toBe(false);
    expect(byId.get(1)?.role).toBe('original');
    expect(byId.get(2)?.independent).toBe(true);
    expect(third!.place?.origin).toBe(1);
  });

  it('does not count the rewrite as another outlet', () => {
    expect(outletsOf(third!, 'no one was injured', digest)).toBe(2);
    // A claim only the original and its rewrite carry: one outlet.
    expect(outletsOf(third!, 'polyethylene pellets', digest)).toBe(1);
  });

  it('counts reports credited to one agency once', () => {
    const wire = (site: string, id: number): ReportInput => ({
      ...courier,
      url: `https://${site}/fire-${id}`,
      canonicalUrl: null,
      site,
      text: `ELLSWORTH HARBOR (AP) — ${courier.text}`,
    });
    const results = readInTurn([wire('apnews.com', 1), wire('a.example', 2), wire('b.example', 3)]);
    expect(results[2]!.place?.origin).toBe(WIRE_ORIGIN);
    expect(outletsOf(results[2]!, 'polyethylene pellets', courier)).toBe(1);
  });
});

describe('the index keeps rarity and places across a snapshot', () => {
  it('restores document frequencies, stories and origins', () => {
    const index = new MatchIndex();
    const courier = page('story-fire-courier');
    const ledger = page('story-fire-ledger');
    index.add(1, courier.sentences);
    index.add(2, ledger.sentences);
    index.place(2, { story: 1, origin: WIRE_ORIGIN + 3 });
    const loaded = MatchIndex.deserialize(index.serialize());
    expect(loaded.placeOf(2)).toEqual({ story: 1, origin: WIRE_ORIGIN + 3 });
    expect(loaded.placeOf(1)).toEqual({ story: 1, origin: 1 });
    const before = index.termRarity();
    const after = loaded.termRarity();
    expect(after.docs).toBe(2);
    for (const key of ['whitcomb', 'kestrel', 'balfor', 'millrac']) {
      expect(after.df(key)).toBe(before.df(key));
    }
    expect(after.df('whitcomb')).toBe(2);
    expect(after.df('balfor')).toBe(1);
    loaded.remove(2);
    expect(loaded.termRarity().df('whitcomb')).toBe(1);
    expect(loaded.stories().get(1)).toEqual([1]);
  });
});

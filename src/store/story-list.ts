import { publishedOf } from '../crossref/index.ts';
import type { Report } from '../model/report.ts';
import {
  MAX_STORY_REPORTS,
  type StoryListing,
  type StoryOrigin,
  type StoryPage,
  type StoryQuery,
  type StoryReport,
} from '../model/story-list.ts';
import type { CorroborateDb } from './db.ts';
import type { PlacedReport } from './match-engine.ts';
import { toReport } from './rows.ts';

/** Stories per page when the caller does not say. */
export const DEFAULT_STORY_PAGE = 20;

function published(r: StoryReport): number {
  return publishedOf(r) ?? r.readAt;
}

/** Earliest first (publication time, else read time), then by id: the original leads. */
function byTime(a: StoryReport, b: StoryReport): number {
  return published(a) - published(b) || a.readAt - b.readAt || a.id - b.id;
}

function toStoryReport(r: Report): StoryReport {
  return {
    id: r.id,
    url: r.url,
    site: r.site,
    title: r.title,
    publishedTime: r.publishedTime,
    readAt: r.readAt,
  };
}

/**
 * One page of stories, the most recently read first. `stories` is where the index files every
 * live report; a stored report it does not know (not indexed yet) stands alone. Only the reports
 * listed on the page are read from the database, MAX_STORY_REPORTS per story at most (its most
 * recent): the answer stays small for a store of any size.
 */
export async function listStories(
  db: CorroborateDb,
  stories: ReadonlyMap<number, readonly PlacedReport[]>,
  query: StoryQuery,
): Promise<Omit<StoryPage, 'filing'>> {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_STORY_PAGE;
  const placeOf = new Map<number, { story: number; place: PlacedReport }>();
  for (const [story, members] of stories) {
    for (const place of members) placeOf.set(place.id, { story, place });
  }
  // Newest first: a story's rank is that of its latest report; its members come in that order.
  const recent = (await db.reports.orderBy('readAt').reverse().primaryKeys()) as number[];
  const order: number[] = [];
  const members = new Map<number, PlacedReport[]>();
  for (const id of recent) {
    const found = placeOf.get(id);
    const story = found?.story ?? id;
    let list = members.get(story);
    if (!list) {
      list = [];
      members.set(story, list);
      order.push(story);
    }
    list.push(found?.place ?? { id, origin: id, agency: null });
  }
  const page = order.slice(offset, offset + limit);
  const shown = page.flatMap((story) => members.get(story)!.slice(0, MAX_STORY_REPORTS));
  const rows = await db.reports.bulkGet(shown.map((p) => p.id));
  const reports = new Map<number, StoryReport>();
  for (const row of rows) if (row) reports.set(row.id, toStoryReport(toReport(row)));
  const items = page.map((story): StoryListing => {
    const all = members.get(story)!;
    const origins = new Map<number, StoryOrigin>();
    for (const place of all.slice(0, MAX_STORY_REPORTS)) {
      const report = reports.get(place.id);
      if (!report) continue;
      const group = origins.get(place.origin) ?? { agency: place.agency, reports: [] };
      group.reports.push(report);
      origins.set(place.origin, group);
    }
    for (const group of origins.values()) group.reports.sort(byTime);
    const listed = [...origins.values()].sort((a, b) => byTime(a.reports[0]!, b.reports[0]!));
    const latest = listed.flatMap((g) => g.reports).reduce((t, r) => Math.max(t, r.readAt), 0);
    return {
      id: story,
      reportCount: all.length,
      originCount: new Set(all.map((p) => p.origin)).size,
      latestReadAt: latest,
      origins: listed,
    };
  });
  return { total: order.length, items };
}

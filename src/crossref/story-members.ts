import type { ClaimMatch, Report, ReportInput, StoryMember } from '../model/report.ts';
import { isMatchable, WIRE_ORIGIN } from './match-index.ts';
import type { StoryPlace } from '../model/report.ts';
import { storyRole, COPY_CONTAINMENT } from './story-role.ts';
import { scoreFeatures, STORY_THRESHOLD, storySide } from './story-score.ts';
import { storyFeaturesAgainst } from './story-against.ts';
import {
  NO_RARITY,
  publishedOf,
  type StoryFeatures,
  type StorySide,
  type TermRarity,
} from './story-relation.ts';
import { AGENCY_NAMES, wireCredit } from './wire-credit.ts';

/** Reports found through shared rare terms that are scored as story candidates per page. */
export const STORY_CANDIDATES = 6;

/** What the match index knows of stories, as a page's matching needs it. */
export interface StoryView {
  rarity: TermRarity<string>;
  /** Where a stored report stands (itself alone when never placed). */
  placeOf: (reportId: number) => StoryPlace;
  /** Reports sharing the page's rarest terms. */
  candidates: readonly number[];
  /**
   * The page's story features against a report worked out from what the index holds (no
   * tokenizing); they must equal storyFeatures on the texts (see indexed-side.ts).
   */
  against?: (page: StorySide<string>) => (r: Report) => StoryFeatures;
}

export const NO_STORY_VIEW: StoryView = {
  rarity: NO_RARITY as TermRarity<string>,
  placeOf: (id) => ({ story: id, origin: id }),
  candidates: [],
};

/** A report sharing claims with the page (copy-score.ts decided it). */
export interface ClaimSharer {
  reportId: number;
  /** Shared-claims score. */
  score: number;
  sharedClaims: number;
  /** Share of the shorter side's claims found in the other. */
  containment: number;
}

/**
 * Sides already built, per report object: the store keeps recent reports decoded (the same
 * objects from one page to the next), and a report of a running story is scored again and again.
 */
const sides = new WeakMap<ReportInput, StorySide<string>>();

/** A report's side of the story relation: its title and the sentences the index holds. */
export function reportSide(r: ReportInput): StorySide<string> {
  let side = sides.get(r);
  if (!side) {
    side = buildSide(r);
    sides.set(r, side);
  }
  return side;
}

function buildSide(r: ReportInput): StorySide<string> {
  return storySide({
    title: r.title,
    sentences: r.sentences.filter(isMatchable).map((s) => s.text),
    published: publishedOf(r),
  });
}

/**
 * Credits found, per report object: a page's answer asks for the origin of each match's report
 * (several per claim), and the store hands out the same report objects from one page to the next.
 */
const credited = new WeakMap<ReportInput, number | null>();

/** The origin a credit gives a report (an agency), or null. */
export function creditOrigin(r: ReportInput): number | null {
  let origin = credited.get(r);
  if (origin === undefined) {
    const agency = wireCredit(r);
    origin = agency === null ? null : WIRE_ORIGIN + AGENCY_NAMES.indexOf(agency);
    credited.set(r, origin);
  }
  return origin;
}

export interface PageStory {
  story: StoryMember[];
  /** Where the page stands: to file it on save, and to count outlets. */
  place: StoryPlace;
  /** Origin of each report named in the story or the matches, as seen from this page. */
  originOf: (reportId: number) => number;
}

/**
 * The page's story: reports that share enough claims to be copies (original / copy / rewrite,
 * decided on claims) and reports the graded story relation puts in its story, each marked
 * independent unless it has the page's origin. Candidates are the claim sharers, the reports of
 * matched claims and those found through rare terms; only they are scored.
 */
export function pageStory(args: {
  page: ReportInput;
  pageId: number | null;
  pageReadAt: number;
  view: StoryView;
  reports: ReadonlyMap<number, Report>;
  /** Reports of the page's own url are never listed. */
  sameArticle: (r: Report) => boolean;
  sharers: readonly ClaimSharer[];
  candidates: Iterable<number>;
}): PageStory {
  const { page, pageId, view, reports } = args;
  // The page against each candidate: its terms' rarity and sums are worked out once.
  const pageSide = reportSide(page);
  const against =
    view.against?.(pageSide) ??
    (
      (f) => (r: Report) =>
        f(reportSide(r))
    )(storyFeaturesAgainst(pageSide, view.rarity));
  const sharers = new Map(args.sharers.map((s) => [s.reportId, s]));
  const isCopy = (id: number) => (sharers.get(id)?.containment ?? 0) >= COPY_CONTAINMENT;
  const originOf = (id: number): number => {
    const r = reports.get(id);
    return (r && creditOrigin(r)) ?? view.placeOf(id).origin;
  };
  const story: StoryMember[] = [];
  for (const id of new Set([...sharers.keys(), ...args.candidates])) {
    const report = reports.get(id);
    if (!report || id === pageId || args.sameArticle(report)) continue;
    const score = scoreFeatures(against(report));
    const sharer = sharers.get(id);
    if (!sharer && score < STORY_THRESHOLD) continue;
    story.push({
      reportId: id,
      url: report.url,
      site: report.site,
      title: report.title,
      publishedTime: report.publishedTime,
      readAt: report.readAt,
      score,
      sharedClaims: sharer?.sharedClaims ?? 0,
      role: storyRole(
        { publishedTime: page.publishedTime, readAt: args.pageReadAt, text: page.text },
        report,
        sharer?.containment ?? 0,
      ),
    });
  }
  // The page's origin: its credit; else what it copies (the fullest copy relation); else itself.
  const copies = story
    .filter((m) => isCopy(m.reportId))
    .sort((a, b) => sharers.get(b.reportId)!.containment - sharers.get(a.reportId)!.containment);
  const self = pageId ?? -1;
  const stored = pageId !== null ? view.placeOf(pageId).origin : null;
  const origin =
    creditOrigin(page) ??
    (copies[0] ? originOf(copies[0].reportId) : null) ??
    (stored !== null && stored !== pageId ? stored : self);
  for (const m of story) m.independent = !isCopy(m.reportId) && originOf(m.reportId) !== origin;
  story.sort(
    (a, b) =>
      Number(a.independent) - Number(b.independent) || b.score - a.score || a.reportId - b.reportId,
  );
  const best = [...story].sort((a, b) => b.score - a.score)[0];
  const place = { story: best ? view.placeOf(best.reportId).story : self, origin };
  return {
    story,
    place,
    originOf: (id) => (isCopy(id) ? origin : originOf(id)),
  };
}

/** Per claim with matches: independent outlets carrying it, this page included. */
export function countOutlets(
  matches: Readonly<Record<number, ClaimMatch[]>>,
  pageOrigin: number,
  originOf: (reportId: number) => number,
): Record<number, number> {
  const out: Record<number, number> = {};
  for (const [index, list] of Object.entries(matches)) {
    const origins = new Set([pageOrigin, ...list.map((m) => originOf(m.reportId))]);
    out[Number(index)] = origins.size;
  }
  return out;
}

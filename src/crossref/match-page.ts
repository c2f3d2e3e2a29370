import type {
  ClaimMatch,
  ClaimRelation,
  Difference,
  PageMatches,
  Report,
  ReportInput,
  ReportSentence,
  ReportSummary,
} from '../model/report.ts';
import { claimVerdict, linkScore, CLAIM_THRESHOLD, type ClaimVerdict } from './claim-score.ts';
import { compareClaims } from './compare-claims.ts';
import { isMatchable, type IndexMatch, type MatchIndex } from './match-index.ts';
import { SHARED_CLAIMS_THRESHOLD, sharedClaimScore } from './copy-score.ts';
import {
  countOutlets,
  NO_STORY_VIEW,
  pageStory,
  reportSide,
  STORY_CANDIDATES,
  type ClaimSharer,
  type StoryView,
} from './story-members.ts';
import { tokenizeCached } from './tokenize.ts';
import { indexedAgainst } from './indexed-side.ts';
import { profileOf } from './pair-profile.ts';

/** Other reports listed per claim in the popover. */
export const MATCHES_PER_CLAIM = 8;
/**
 * Candidates per claim the index hands on to the same-claim check; some will not link. The
 * store makes this query first (to know which reports to read) and passes its answer on.
 */
export const CANDIDATES_PER_CLAIM = MATCHES_PER_CLAIM * 2;
/**
 * Distinct candidate texts checked per claim, best overlap first: the check costs a
 * tokenization and a model per text, and the index already ranks by overlap. Copies of one
 * wire sentence are one text, checked once.
 */
const CHECKS_PER_CLAIM = MATCHES_PER_CLAIM * 2;

/**
 * Between two reports of one story an overlap needs only this score: there, a sentence that
 * shares this much with one of the other report's is far likelier the same event retold than a
 * chance overlap (the seed pair's "ready for talks on…" and the AP's "ready for security talks
 * with the U.S. And NATO" score 0.45–0.47; its next pair, a headline, 0.35). Story membership
 * itself is decided on links at CLAIM_THRESHOLD only.
 */
export const STORY_OVERLAP_BAR = 0.45;

export interface MatchPageOptions {
  /** The page's read time when it is not stored yet (defaults to now). */
  now?: number;
  /**
   * What the index knows of stories (see storyView): rarity, places, the candidates found
   * through rare terms (`reports` must hold them). Without it, terms weigh by kind alone,
   * every report is its own origin, and only claim sharers and matched reports are scored.
   */
  story?: StoryView;
}

/** Reports with hits for two sentences of the page or more, most hits first (a few). */
function matchedReports(results: readonly (readonly { reportId: number }[])[]): number[] {
  const hits = new Map<number, number>();
  for (const found of results) {
    for (const id of new Set(found.map((m) => m.reportId))) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  return [...hits]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, STORY_CANDIDATES)
    .map(([id]) => id);
}

/**
 * The index's side of a page's story: term rarity, where stored reports stand, and the reports
 * sharing the page's rarest terms (worth scoring; the caller reads them with the hits' reports).
 */
export function storyView(index: MatchIndex, page: ReportInput, pageId: number | null): StoryView {
  const keys = reportSide(page).bag.keys();
  return {
    rarity: index.termRarity(pageId ?? undefined),
    placeOf: (id) => index.placeOf(id),
    candidates: index
      .storyCandidates(keys, STORY_CANDIDATES, pageId ?? undefined)
      .map((c) => c.reportId),
    against: indexedAgainst(index, pageId),
  };
}

export function summarize(r: Report): ReportSummary {
  return {
    id: r.id,
    url: r.url,
    canonicalUrl: r.canonicalUrl,
    site: r.site,
    title: r.title,
    byline: r.byline,
    publishedTime: r.publishedTime,
    readAt: r.readAt,
    sentenceCount: r.sentences.length,
  };
}

/** A candidate that passed the check (at the story bar, for overlaps). */
interface Verified {
  reportId: number;
  report: Report;
  theirs: ReportSentence;
  score: number;
  relation: ClaimRelation;
}

function sameArticle(a: ReportInput, b: ReportInput): boolean {
  const ca = a.canonicalUrl ?? a.url;
  const cb = b.canonicalUrl ?? b.url;
  return ca === cb || a.url === b.url;
}

/**
 * The candidates `matchPage` decides on: per page sentence, the index's best hits in other
 * reports (the page itself left out when it is stored as `pageId`). `sentences`, a run of the
 * page's, gives theirs alone (each sentence is queried on its own: runs put together give the
 * page's answer).
 */
export function queryPage(
  index: MatchIndex,
  page: ReportInput,
  pageId: number | null,
  sentences: readonly ReportSentence[] = page.sentences,
): IndexMatch[][] {
  return index.query(sentences, {
    ...(pageId !== null ? { excludeReportId: pageId } : {}),
    limit: CANDIDATES_PER_CLAIM,
  });
}

/**
 * The page's side of the same-claim checks `matchPage` will make: the profile of each sentence
 * the index found candidates for (memoized: matchPage then finds it made). Work that needs no
 * stored report, for the caller to do while it waits for their rows.
 */
export function warmChecks(page: ReportInput, hits: readonly IndexMatch[][]): void {
  page.sentences.forEach((s, i) => {
    if ((hits[i]?.length ?? 0) > 0) profileOf(tokenizeCached(s.text));
  });
}

/**
 * What the popover and popup need for a page: per claim, the other reports' sentences with
 * typed differences; the other reports of the same story with their roles; and summaries.
 * `hits` is `queryPage`'s answer for the page; `reports` holds the reports it names (the caller
 * fetches them); a match whose report is missing there is skipped.
 */
export function matchPage(
  page: ReportInput,
  pageId: number | null,
  hits: readonly IndexMatch[][],
  reports: ReadonlyMap<number, Report>,
  options: MatchPageOptions = {},
): PageMatches {
  const sentenceMaps = new Map<number, Map<number, ReportSentence>>();
  const theirSentence = (r: Report, i: number): ReportSentence | undefined => {
    let m = sentenceMaps.get(r.id);
    if (!m) {
      m = new Map(r.sentences.map((s) => [s.index, s]));
      sentenceMaps.set(r.id, m);
    }
    return m.get(i);
  };
  // Per other report: best score per page claim it shares, and per sentence of theirs (links
  // at the full bar only: they decide the story).
  const shared = new Map<number, Map<number, number>>();
  const sharedTheirs = new Map<number, Map<number, number>>();
  const note = (to: Map<number, Map<number, number>>, reportId: number, i: number, v: number) => {
    const per = to.get(reportId) ?? new Map<number, number>();
    per.set(i, Math.max(per.get(i) ?? 0, v));
    to.set(reportId, per);
  };
  const linked = page.sentences.map((ours, i) => {
    const found = hits[i] ?? [];
    const ourTokens = tokenizeCached(ours.text);
    const verdicts = new Map<string, ClaimVerdict | null>();
    const verified: Verified[] = [];
    for (const m of found) {
      const report = reports.get(m.reportId);
      if (!report || sameArticle(report, page)) continue;
      const theirs = theirSentence(report, m.sentenceIndex);
      if (!theirs) continue;
      let verdict = verdicts.get(theirs.text);
      if (verdict === undefined) {
        verdict =
          verdicts.size < CHECKS_PER_CLAIM
            ? claimVerdict(ourTokens, tokenizeCached(theirs.text), m.score, STORY_OVERLAP_BAR)
            : null;
        verdicts.set(theirs.text, verdict);
      }
      if (verdict === null || verdict.relation === null) continue;
      const { score, relation } = verdict;
      verified.push({ reportId: m.reportId, report, theirs, score, relation });
      if (score < CLAIM_THRESHOLD) continue;
      note(shared, m.reportId, ours.index, score);
      note(sharedTheirs, m.reportId, theirs.index, score);
    }
    return verified;
  });
  // Titles count as one more claim of each side: a rewrite keeps the headline's claim.
  const pageClaims = page.sentences.filter(isMatchable).length + (page.title ? 1 : 0);
  const pageReadAt =
    (pageId !== null ? reports.get(pageId)?.readAt : undefined) ?? options.now ?? Date.now();
  const sharers: ClaimSharer[] = [];
  for (const [reportId, perClaim] of shared) {
    const report = reports.get(reportId)!;
    const theirClaims = report.sentences.filter(isMatchable).length + (report.title ? 1 : 0);
    const title = page.title && report.title ? linkScore(page.title, report.title) : 0;
    if (title >= CLAIM_THRESHOLD) {
      perClaim.set(-1, title);
      sharedTheirs.get(reportId)!.set(-1, title);
    }
    // Count from whichever side ties more of its sentences to the other (one sentence of a
    // rewrite may merge two of the original's), so the score is the same seen from both pages.
    const score = Math.max(
      sharedClaimScore([...perClaim.values()], pageClaims, theirClaims),
      sharedClaimScore([...sharedTheirs.get(reportId)!.values()], pageClaims, theirClaims),
    );
    if (score < SHARED_CLAIMS_THRESHOLD) continue;
    const sharedClaims = pageClaims > 0 ? perClaim.size / pageClaims : 0;
    // Containment for the role: the share of the shorter side's claims found in the other.
    const theirShare = theirClaims > 0 ? sharedTheirs.get(reportId)!.size / theirClaims : 0;
    const containment = Math.max(sharedClaims, theirShare);
    sharers.push({ reportId, score, sharedClaims, containment });
  }
  const { story, place, originOf } = pageStory({
    page,
    sameArticle: (r) => sameArticle(r, page),
    pageId,
    pageReadAt,
    view: options.story ?? NO_STORY_VIEW,
    reports,
    sharers,
    candidates: [...(options.story?.candidates ?? []), ...matchedReports(hits)],
  });
  // The lower overlap bar holds between reports that share claims (copies and close retellings);
  // a report the story relation alone puts in the story links at the full bar.
  const inStory = new Set(sharers.map((m) => m.reportId));
  const matches: Record<number, ClaimMatch[]> = {};
  linked.forEach((verified, i) => {
    const ours = page.sentences[i]!;
    // Copies of one wire sentence, as their reports' claims analysis read it, differ alike.
    const differences = new Map<string, Difference[]>();
    const differencesFrom = (theirs: ReportSentence): Difference[] => {
      const key = JSON.stringify([
        theirs.text,
        theirs.kind,
        theirs.source,
        theirs.cue,
        theirs.hedged,
        theirs.hedge,
      ]);
      let found = differences.get(key);
      if (!found) {
        found = compareClaims(ours, theirs);
        differences.set(key, found);
      }
      return found;
    };
    const kept = verified.filter((v) => v.score >= CLAIM_THRESHOLD || inStory.has(v.reportId));
    // Same-claim matches first, then by score: a reworded copy says more than an overlap.
    const isSame = (v: { relation: ClaimRelation }) => Number(v.relation === 'same');
    kept.sort((a, b) => isSame(b) - isSame(a) || b.score - a.score);
    const list = kept
      .slice(0, MATCHES_PER_CLAIM)
      .map(({ reportId, theirs, score, relation }): ClaimMatch => ({
        reportId,
        sentenceIndex: theirs.index,
        score,
        relation,
        sentence: theirs.text,
        differences: differencesFrom(theirs),
      }));
    if (list.length > 0) matches[ours.index] = list;
  });
  const summaries: Record<number, ReportSummary> = {};
  for (const list of Object.values(matches)) {
    for (const m of list) summaries[m.reportId] ??= summarize(reports.get(m.reportId)!);
  }
  for (const s of story) summaries[s.reportId] ??= summarize(reports.get(s.reportId)!);
  return {
    reportId: pageId ?? -1,
    matches,
    story,
    reports: summaries,
    outlets: countOutlets(matches, place.origin, originOf),
    place,
  };
}

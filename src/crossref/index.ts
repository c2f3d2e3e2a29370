/**
 * Cross-referencing engine (pure: no globals; runs in the extension and in Node).
 *
 * Same claim
 * - Tokens are normalized (British→American spelling, irregular forms and place adjectives to
 *   their base, Porter stems, synonym groups, numbers canonical: "130,000" = "130K" = "130
 *   thousand"; names count half).
 * - The index finds candidates by weighted overlap (`overlapScore`: Dice, or containment of
 *   one sentence in a run of the other's clauses × CONTAINMENT_FACTOR 0.8) from
 *   CANDIDATE_THRESHOLD (0.3) up; `claimVerdict(a, b, overlap)` then decides: relation
 *   'same' when the same-claim model (pair-features.ts, data/pair-model.json) gives ≥
 *   CLAIM_THRESHOLD (0.5), 'overlap' when a clause run of one carries a clause run of the other
 *   (clause-runs.ts) or the overlap itself reaches the threshold, else no link.
 * - `claimScore(a, b)`: the same-claim score (`pairs --level claim`); `linkScore(a, b)`: the
 *   score the popover links on (`pairs --level link`); both link at CLAIM_THRESHOLD.
 * - `MatchIndex`: `add(reportId, sentences)` (replaces; kind 'none' skipped), `remove(id)`,
 *   `has(id)`, `reportCount`, `sentenceCount`, `byteSize` (estimate),
 *   `query(sentences, {excludeReportId?, limit? = 10})` → per query sentence
 *   `{reportId, sentenceIndex, score}[]` best first, all >= CANDIDATE_THRESHOLD (scores
 *   equal `overlapScore` on the texts); `queryText(text, options)` for one sentence; `compact()`.
 *   `serialize(): Uint8Array`; `MatchIndex.deserialize(bytes)` throws
 *   `Error('MatchIndex.deserialize: corrupt snapshot (…)')` on corrupt input or a snapshot of
 *   another `SNAPSHOT_VERSION`: then rebuild the index from the stored reports with `add`.
 *   The loaded index keeps views on `bytes`; do not modify them afterwards.
 *
 * Differences
 * - `compareClaims(ours, theirs, labels?)` → `Difference[]` (attribution dropped / added /
 *   changed, number-changed, hedge added / removed, quote-altered, detail-missing /
 *   detail-added, wording). `labels = {ours?: 'this page', theirs?: 'the other report'}` name
 *   the sides in `detail`; matchPage passes the other report's site.
 *
 * Same story
 * - `storyScore(a, b, rarity?)` with `StoryDoc = {title, published?} & ({text} | {sentences})`:
 *   a graded relation in [0, 1] from what editors use (story-relation.ts): rarity-weighted term
 *   cosine of the whole reports and of their leads (title + first sentences), shared names,
 *   shared numbers, and closeness of publication times; weights in data/story-model.json
 *   (`npm run eval:story`). `rarity` = document frequencies of the reader's reports (the index
 *   keeps them); `rarityOf(bags)` for a set of texts. One story from STORY_THRESHOLD.
 * - Copies: `sharedClaimScore` (copy-score.ts), the share of the shorter side's claims (titles
 *   count as claims) found in the other, from SHARED_CLAIMS_THRESHOLD (0.2) and at least
 *   MIN_SHARED_CLAIMS (2) shared.
 * - `storyRole(page, other, containment)` → original / copy / earlier / later / related, from
 *   publication times (read times when either is missing) and `containment`, the share of claims
 *   found in the other report (from whichever side shares more); COPY_CONTAINMENT = 0.3.
 *
 * Assembly
 * - `queryPage(index, page, pageId)` → the index's candidates per page sentence (the page itself
 *   left out), CANDIDATES_PER_CLAIM deep; the caller reads the reports they name.
 * - `matchPage(page, pageId, hits, reports, {now?})` → `PageMatches` for the popover and
 *   popup: `matches[sentence.index]` (at most MATCHES_PER_CLAIM, each with differences),
 *   `story` (members sharing claims from SHARED_CLAIMS_THRESHOLD, with roles), `reports` (summaries). `reports`
 *   must hold the Report of every id the index may name (missing ones are skipped) and, when
 *   `pageId` is given, the page's own (for its read time; else `now`, default Date.now()).
 *   Reports with the page's url or canonical url are never listed. An overlap with a report
 *   of the page's story needs only STORY_OVERLAP_BAR (0.45); the story is decided on links at
 *   CLAIM_THRESHOLD.
 */
export {
  claimScore,
  linkScore,
  claimVerdict,
  overlapScore,
  CLAIM_THRESHOLD,
  CANDIDATE_THRESHOLD,
  type ClaimVerdict,
} from './claim-score.ts';
export { CONTAINMENT_FACTOR } from './similarity.ts';
export { asSentences, MIN_SHARED_CLAIMS, SHARED_CLAIMS_THRESHOLD } from './copy-score.ts';
export {
  storyScore,
  storySide,
  scoreFeatures,
  rarityOf,
  STORY_THRESHOLD,
  LEAD_UNITS,
  type StoryDoc,
} from './story-score.ts';
export { storyFeatures } from './story-against.ts';
export {
  publishedOf,
  NO_RARITY,
  type StoryFeatures,
  type StorySide,
  type TermRarity,
} from './story-relation.ts';
export { textBag, type StoryBag, type BagTerm } from './story-bag.ts';
export { wireCredit, AGENCY_NAMES, type CreditInput } from './wire-credit.ts';
export {
  countOutlets,
  creditOrigin,
  NO_STORY_VIEW,
  STORY_CANDIDATES,
  type StoryView,
} from './story-members.ts';
export { compareClaims } from './compare-claims.ts';
export {
  MatchIndex,
  WIRE_ORIGIN,
  isMatchable,
  prepareSentences,
  type StoryCandidate,
  type IndexMatch,
  type QueryOptions,
} from './match-index.ts';
export { MAX_POSTINGS, MIN_POSTINGS, COMMON_SHARE } from './postings.ts';
export { SNAPSHOT_VERSION } from './serialize.ts';
export {
  matchPage,
  queryPage,
  warmChecks,
  storyView,
  summarize,
  MATCHES_PER_CLAIM,
  CANDIDATES_PER_CLAIM,
  STORY_OVERLAP_BAR,
  type MatchPageOptions,
} from './match-page.ts';
export { storyRole, COPY_CONTAINMENT, type StoryTimes } from './story-role.ts';

/**
 * Cross-referencing engine (pure: no globals, runs in the extension and in Node).
 *
 * - `claimScore(a, b)` / `CLAIM_THRESHOLD`: same-claim similarity of two sentences.
 * - `storyScore(a, b)` / `STORY_THRESHOLD`: same-story score of two reports
 *   (`StoryDoc = {title, text} | {title, sentences}`).
 * - `compareClaims(ours, theirs, labels?)`: typed differences; `labels.theirs` names the other
 *   report in explanations (crossReference passes its site), `labels.ours` defaults to
 *   "this page".
 * - `MatchIndex`: add / remove / has / reportCount / sentenceCount / query / serialize /
 *   static deserialize (throws `Error('MatchIndex.deserialize: corrupt snapshot (…)')`).
 *   `query` returns, per query sentence, `{reportId, sentenceIndex, score}` best first with
 *   score >= CLAIM_THRESHOLD; sentences of kind 'none' are neither stored nor queried.
 *   `SNAPSHOT_VERSION` changes when stored snapshots must be rebuilt from the reports.
 * - `crossReference(page, pageId, index, reports, options?)`: PageMatches for the popover and
 *   popup; `options.now` is the page's read time when it is not stored yet. Story members are
 *   the reports sharing at least STORY_THRESHOLD of the shorter side's claims.
 * - `storyRole(page, other, containment)`: original / copy / earlier / later / related, where
 *   containment is the share of claims found in the other report, taken from whichever side
 *   shares the larger part of its claims (crossReference computes it).
 */
export { claimScore, CLAIM_THRESHOLD } from './claim-score.ts';
export { storyScore, STORY_THRESHOLD, type StoryDoc } from './story-score.ts';
export { compareClaims, type CompareLabels } from './compare-claims.ts';
export { MatchIndex, MAX_POSTINGS, type IndexMatch, type QueryOptions } from './match-index.ts';
export { SNAPSHOT_VERSION } from './serialize.ts';
export { crossReference, summarize, type CrossReferenceOptions } from './cross-reference.ts';
export { storyRole, COPY_CONTAINMENT, type StoryTimes } from './story-role.ts';

import type { MessageKey } from './t.ts';

/**
 * Why a sentence was not flagged, in words a reader knows: the claim analysis gives finer
 * reasons (`evaluation`, `emphasis`, `hypothetical`, …) than a reader needs, so several share a
 * word. Order here is the order shown: the strongest reading of the sentence first. Reasons not
 * listed (`attribution`, `named-source`, a feature that spoke for a claim) are not why.
 */
const NOT_FLAGGED: ReadonlyArray<readonly [MessageKey, readonly string[]]> = [
  ['notFlaggedQuestion', ['question']],
  ['notFlaggedPleasantry', ['pleasantry']],
  ['notFlaggedRhetorical', ['rhetorical', 'exclamation']],
  ['notFlaggedPromise', ['promise', 'future']],
  ['notFlaggedOpinion', ['opinion', 'evaluation', 'emphasis']],
  ['notFlaggedObligation', ['obligation']],
  ['notFlaggedHypothetical', ['conditional', 'hypothetical']],
  ['notFlaggedPersonal', ['first-person', 'address', 'we']],
  ['notFlaggedTrivial', ['trivial', 'short', 'vague', 'negation', 'fragment']],
  ['notFlaggedHeading', ['heading']],
  ['notFlaggedByline', ['byline']],
  ['notFlaggedBoilerplate', ['boilerplate']],
  ['notFlaggedLanguage', ['other-language']],
  ['notFlaggedTooLong', ['too-long']],
];

/** The message keys that say why a sentence with these reasons is not a claim, strongest first. */
export function notFlaggedKeys(reasons: readonly string[]): MessageKey[] {
  const given = new Set(reasons);
  return NOT_FLAGGED.filter(([, from]) => from.some((r) => given.has(r))).map(([key]) => key);
}

/**
 * How many not-flagged sentences have each word as their first reason, most first: the counts
 * add up to the sentences that have a reason.
 */
export function notFlaggedCounts(
  sentences: ReadonlyArray<{ reasons: readonly string[] }>,
): Array<{ key: MessageKey; count: number }> {
  const counts = new Map<MessageKey, number>();
  for (const s of sentences) {
    const key = notFlaggedKeys(s.reasons)[0];
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
}

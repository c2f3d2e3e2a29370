import type { Budget } from './types.ts';

/**
 * Default time budget for one extraction: typical pages take 2–20 ms, so 250 ms
 * only stops pathological ones (deep nesting, megabytes of text) while staying
 * well under the point where a reader notices the page stall.
 */
export const DEFAULT_BUDGET_MS = 250;

const defaultNow = (): number =>
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? performance.now()
    : Date.now();

export function createBudget(budgetMs = DEFAULT_BUDGET_MS, now = defaultNow): Budget {
  const deadline = now() + budgetMs;
  return { now, deadline, expired: () => now() > deadline };
}

/**
 * Passes over a whole index (writing its snapshot) take a second or more at 50,000 reports.
 * They are written as generators that yield between chunks of work, so that the extension's
 * worker can run them in slices and answer a page in between; `finish` runs one to its end at
 * once (Node, tests).
 */
export type Steps<T> = Generator<void, T, void>;

/** Slots a pass handles between two yields: a millisecond or two of work in a browser. */
export const SLOTS_PER_STEP = 4096;

/** Runs steps to their end in one go and returns their result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Work counted across a pass's loops: `due(work, perStep)` adds `work` and says whether a yield
 * is due (at least `perStep` since the last one), starting the count again when it is.
 */
export function stepPacer(): (work: number, perStep: number) => boolean {
  let since = 0;
  return (work, perStep) => {
    since += work;
    if (since < perStep) return false;
    since = 0;
    return true;
  };
}

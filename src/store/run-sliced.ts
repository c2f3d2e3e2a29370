/**
 * Work on the worker's one thread between two yields while a snapshot is written: a page that
 * arrives meanwhile waits about this long at most, instead of the whole write (two seconds at
 * 50,000 reports on a slow machine).
 */
export const SLICE_MS = 8;

/**
 * Runs steps (a generator that yields between chunks of work) in slices of about `sliceMs`,
 * letting the event loop run other tasks between slices; resolves to the steps' result.
 */
export async function runSliced<T>(
  steps: Generator<void, T, void>,
  sliceMs = SLICE_MS,
): Promise<T> {
  let start = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - start >= sliceMs) {
      await nextTask();
      start = performance.now();
    }
  }
}

/**
 * Resolves in a task of its own, after the tasks already queued (a message to a channel: timers
 * nested this deep are held back to 4 ms each).
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

import type { Browser } from 'puppeteer-core';

/** The fields of a Chromium trace event the probes read. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: Record<string, unknown>;
}

/**
 * Traces every process of the browser with these categories; the returned function ends the
 * trace and gives its events (for the probes: probe-gc, probe-saves, probe-cold).
 */
export async function startBrowserTrace(
  browser: Browser,
  categories: readonly string[],
): Promise<() => Promise<TraceEvent[]>> {
  const session = await browser.target().createCDPSession();
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => events.push(...e.value));
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories] },
  });
  return async () => {
    const done = new Promise((r) => session.once('Tracing.tracingComplete', r));
    await session.send('Tracing.end');
    await done;
    await session.detach();
    return events;
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/background/handlers.ts';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { createCaller } from '../../../src/messaging/client-core.ts';
import { backgroundDispatcher } from '../../../src/messaging/dispatchers.ts';
import type { BackgroundMethods } from '../../../src/messaging/protocol.ts';
import type { ReportInput } from '../../../src/model/report.ts';
import { exportBlob, importFile } from '../../../src/options/backup-transfer.ts';
import { analyseDocument } from '../../../src/pipeline/analyse-document.ts';
import { crossrefEngine } from '../../../src/store/crossref-engine.ts';
import type { ReportStore } from '../../../src/store/report-store.ts';
import { makeReport, unrelatedReport } from './make-report.ts';
import { openStore } from './open-store.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const FIRE = ['story-fire-courier', 'story-fire-ledger', 'story-fire-digest'];

function page(name: string): ReportInput {
  const html = readFileSync(join(PAGES, name, 'index.html'), 'utf8');
  return analyseDocument(parseHtml(html), `https://${name}.example/`).report;
}

const open = (name?: string, persistMinChanges = 16) =>
  openStore(name, {
    engine: crossrefEngine,
    persist: { persistDelayMs: 5, persistMaxDelayMs: 50, persistMinChanges },
  });

/** The store as the options page reaches it: through the background's handlers. */
function optionsCaller(store: ReportStore) {
  const self = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
  const dispatch = backgroundDispatcher(
    createHandlers({ store: () => store, analyseTab: async () => ({ injected: false }) }),
    self,
  );
  const sender = { id: 'ext', url: 'chrome-extension://ext/src/options/index.html' };
  return createCaller<BackgroundMethods>(
    (m) => dispatch(m, sender) ?? Promise.resolve(undefined),
  ) as Parameters<typeof exportBlob>[0];
}

/** Reads the pages in turn as the extension does: answered, then saved. */
async function readInTurn(store: ReportStore, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await store.matchPage(page(name));
    await store.settled();
  }
}

/** A report of a story of its own (no council vote, no fire). */
const SNOW_REPORT = makeReport(
  'https://mountain.example.net/roads/pass',
  'Heavy snow closed the northern mountain pass for the third day on Tuesday. ' +
    'Road crews expect to clear the drifts near the summit tunnel by Friday morning. ' +
    'Trucks were told to wait in the valley depot until the plows finish.',
  { title: 'Mountain pass closed by snow' },
);

/** Reads these reports in turn, each answered and then saved. */
async function readAll(store: ReportStore, reports: readonly ReportInput[]): Promise<void> {
  for (const report of reports) {
    await store.matchPage(report);
    await store.settled();
  }
}

/** Each story as its origins, each origin as its reports' sites (original first). */
async function storiesOf(store: ReportStore): Promise<string[][][]> {
  await store.flush();
  const { items } = await store.listStories({ limit: 50 });
  return items.map((s) => s.origins.map((o) => o.reports.map((r) => r.site)));
}

const ONE_STORY = [[['Harbor Courier', 'Daily Digest Online'], ['Valley Ledger']]];

describe('reports saved with no answer find their story', () => {
  it('reading the fire pages in turn files them as one story (the reference)', async () => {
    const store = open();
    await readInTurn(store, FIRE);
    expect(await storiesOf(store)).toEqual(ONE_STORY);
  });

  it.each([
    ['in chunks (a backup file on the options page)', 'chunked'],
    ['in one piece (importAll)', 'whole'],
  ])('a backup of them imported %s files them into one story', async (_label, how) => {
    const source = open();
    await readInTurn(source, FIRE);
    const backup = await exportBlob(optionsCaller(source));
    const target = open();
    // Reports read before, of two other stories, stay where they are. (Two council-vote reports
    // of the same template would be one story: each read is saved before the next, so the second
    // is answered with the first in the index.)
    await readAll(target, [unrelatedReport(1), SNOW_REPORT]);
    if (how === 'chunked') await importFile(optionsCaller(target), backup);
    else await target.importAll(await backup.text());
    const stories = await storiesOf(target);
    expect(stories.filter((s) => s.flat().length > 1)).toEqual(ONE_STORY);
    expect(stories).toHaveLength(3);
  });

  it('files them whatever order the file lists them in', async () => {
    const source = open();
    await readInTurn(source, FIRE);
    const [head, ...lines] = (await source.exportAll()).trimEnd().split('\n');
    const target = open();
    // The rewrite first, then the other outlet, then the original.
    await target.importAll([head, ...lines.reverse()].join('\n') + '\n');
    expect(await storiesOf(target)).toEqual(ONE_STORY);
  });

  it('files them when the worker had not loaded the index yet', async () => {
    const source = open();
    await readInTurn(source, FIRE);
    const target = open();
    expect(target.indexInfo().loaded).toBe(false);
    expect(await target.importAll(await source.exportAll())).toBe(3);
    expect(await storiesOf(target)).toEqual(ONE_STORY);
  });

  it('files pages replayed after a restart (saved after the last snapshot)', async () => {
    const name = `filing-${Date.now()}-replay`;
    // No snapshot until 100 changes: a restart replays every save.
    const store = open(name, 100);
    await readInTurn(store, FIRE);
    await store.close();
    const restarted = open(name, 100);
    await restarted.warmUp();
    expect(restarted.indexInfo().lastLoad).toMatchObject({ replayed: 3 });
    expect(await storiesOf(restarted)).toEqual(ONE_STORY);
  });
});

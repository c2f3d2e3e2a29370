import type { SiteSettings } from '../model/store-api.ts';
import type { CorroborateDb } from '../store/db.ts';
import { normalizeSite } from '../store/keys.ts';
import { SETTING_PAUSED_SITES } from '../store/schema.ts';
import type { SettingsBackend } from '../store/settings-backend.ts';
import { mergePausedSites } from '../store/settings.ts';

/** storage.sync keys: the paused sites, and whether the local settings were moved there. */
export const SYNC_PAUSED_SITES = 'pausedSites';
const SYNC_MIGRATED = 'settingsMovedFromLocal';
/**
 * storage.sync allows 8 KB per item: about 300 host names. A reader pauses a handful of sites;
 * beyond this the list is refused with a clear error rather than failing to sync silently.
 */
const MAX_SYNC_ITEM_BYTES = 8_000;

function sites(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

async function readPaused(): Promise<string[]> {
  const got = await browser.storage.sync.get(SYNC_PAUSED_SITES);
  return sites(got[SYNC_PAUSED_SITES]);
}

async function writePaused(pausedSites: string[]): Promise<void> {
  const bytes =
    new TextEncoder().encode(JSON.stringify(pausedSites)).length + SYNC_PAUSED_SITES.length;
  if (bytes > MAX_SYNC_ITEM_BYTES) {
    throw new Error(`Too many paused sites to sync (${pausedSites.length}); resume some first`);
  }
  await browser.storage.sync.set({ [SYNC_PAUSED_SITES]: pausedSites });
}

/**
 * Settings in `storage.sync`: they follow the reader to their other browsers, and every open
 * extension page hears a change through `storage.onChanged`. Writes from this worker are
 * serialized so two quick toggles never lose one.
 */
export function syncSettings(db: () => CorroborateDb): SettingsBackend {
  let chain: Promise<unknown> = Promise.resolve();
  let migrated = false;
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    if (!migrated) {
      // On first use, not at creation: the database may not be open yet then. A failed move
      // leaves the old list where it was and is tried again next start.
      migrated = true;
      chain = migrateOnce(db).catch((e: unknown) => console.error('[corroborate] settings:', e));
    }
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    read: () => serial(async (): Promise<SiteSettings> => ({ pausedSites: await readPaused() })),
    setPaused: (site, paused) =>
      serial(async () => {
        const clean = normalizeSite(site);
        if (!clean) throw new Error('No site given to pause or resume');
        const current = await readPaused();
        const pausedSites = paused
          ? mergePausedSites(current, [clean])
          : current.filter((s) => s !== clean);
        await writePaused(pausedSites);
        return { pausedSites };
      }),
    merge: (added) =>
      serial(async () => {
        if (added.length > 0) await writePaused(mergePausedSites(await readPaused(), added));
      }),
  };
}

/** Moves paused sites kept in the database by earlier versions into storage.sync, once. */
async function migrateOnce(db: () => CorroborateDb): Promise<void> {
  const got = await browser.storage.sync.get(SYNC_MIGRATED);
  if (got[SYNC_MIGRATED]) return;
  const row = await db().settings.get(SETTING_PAUSED_SITES);
  const local = sites(row?.value);
  if (local.length > 0) await writePaused(mergePausedSites(await readPaused(), local));
  await browser.storage.sync.set({ [SYNC_MIGRATED]: true });
}

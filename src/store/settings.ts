import type { SiteSettings } from '../model/store-api.ts';
import type { CorroborateDb } from './db.ts';
import { translateWriteError } from './errors.ts';
import { normalizeSite } from './keys.ts';
import { SETTING_PAUSED_SITES } from './schema.ts';

/** Bound on the paused-site list: a reader pauses a handful of sites, not thousands. */
const MAX_PAUSED_SITES = 10_000;

function asSites(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/** Union of both lists, normalized, sorted, bounded. */
export function mergePausedSites(current: unknown, added: readonly string[]): string[] {
  const sites = new Set(asSites(current).map(normalizeSite));
  for (const site of added) {
    const clean = normalizeSite(site);
    if (clean) sites.add(clean);
  }
  return [...sites].sort().slice(0, MAX_PAUSED_SITES);
}

export async function readSettings(db: CorroborateDb): Promise<SiteSettings> {
  const row = await db.settings.get(SETTING_PAUSED_SITES);
  return { pausedSites: asSites(row?.value) };
}

export async function setSitePaused(
  db: CorroborateDb,
  site: string,
  paused: boolean,
): Promise<SiteSettings> {
  const clean = normalizeSite(site);
  if (!clean) throw new Error('No site given to pause or resume');
  try {
    return await db.transaction('rw', db.settings, async () => {
      const current = await readSettings(db);
      const pausedSites = paused
        ? mergePausedSites(current.pausedSites, [clean])
        : current.pausedSites.filter((s) => s !== clean);
      await db.settings.put({ key: SETTING_PAUSED_SITES, value: pausedSites });
      return { pausedSites };
    });
  } catch (error) {
    return translateWriteError(error);
  }
}

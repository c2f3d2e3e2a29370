import type { ListQuery, StoreStats } from '../model/store-api.ts';
import type { ReportSummary } from '../model/report.ts';
import type { CorroborateDb } from './db.ts';
import { searchWords } from './keys.ts';
import { toReport, toSummary } from './rows.ts';

/** Rows per page when the caller does not say. */
export const DEFAULT_PAGE_SIZE = 50;

/** Ids of reports having, for every query word, a word that starts with it. */
async function matchingIds(db: CorroborateDb, words: string[]): Promise<Set<number>> {
  let result: Set<number> | null = null;
  // Longest words first: the most selective prefix narrows the set soonest.
  for (const word of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const ids: number[] = await db.reports.where('words').startsWith(word).primaryKeys();
    const next = new Set<number>();
    for (const id of ids) if (result === null || result.has(id)) next.add(id);
    result = next;
    if (result.size === 0) break;
  }
  return result ?? new Set();
}

/** Reports newest first, optionally only those whose title, site or url has the query words. */
export async function listReports(
  db: CorroborateDb,
  query: ListQuery,
): Promise<{ total: number; items: ReportSummary[] }> {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const words = searchWords(query.query ?? '');
  return db.transaction('r', db.reports, async () => {
    if (words.length === 0) {
      const total = await db.reports.count();
      const rows = await db.reports
        .orderBy('readAt')
        .reverse()
        .offset(offset)
        .limit(limit)
        .toArray();
      return { total, items: rows.map((row) => toSummary(toReport(row))) };
    }
    const ids = await matchingIds(db, words);
    const ordered: number[] = (await db.reports.orderBy('readAt').reverse().primaryKeys()).filter(
      (id: number) => ids.has(id),
    );
    const page = ordered.slice(offset, offset + limit);
    const rows = await db.reports.bulkGet(page);
    const items = rows.flatMap((row) => (row ? [toSummary(toReport(row))] : []));
    return { total: ordered.length, items };
  });
}

export async function storeStats(db: CorroborateDb): Promise<StoreStats> {
  const { reports, sentences } = await db.transaction('r', db.reports, async () => {
    const counts = (await db.reports.orderBy('sentenceCount').keys()) as number[];
    return { reports: counts.length, sentences: counts.reduce((sum, n) => sum + n, 0) };
  });
  let bytesUsed: number | null = null;
  let bytesQuota: number | null = null;
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    bytesUsed = estimate?.usage ?? null;
    bytesQuota = estimate?.quota ?? null;
  } catch {
    // not available in this context: counts only
  }
  return { reports, sentences, bytesUsed, bytesQuota };
}

// What the store takes and answers with, carried unchanged by the message protocol: declared
// here so that neither src/store nor src/messaging imports the other.
import { type Infer, integer, list, optional, record, text } from './check.ts';

/** Longest search query the options page may send; longer input is a bug or an attack. */
export const MAX_QUERY_CHARS = 500;
/** Page size cap for listReports: the options page shows tens of rows at a time. */
export const MAX_PAGE = 500;
/** Longest hostname (DNS limit). */
export const MAX_SITE_CHARS = 253;
/** Paused sites kept at most; far beyond what a reader pauses by hand. */
export const MAX_PAUSED_SITES = 10_000;

export const listQuerySchema = record({
  query: optional(text(MAX_QUERY_CHARS)),
  offset: optional(integer(0)),
  limit: optional(integer(1, MAX_PAGE)),
});
export type ListQuery = Infer<typeof listQuerySchema>;

export const siteSchema = text(MAX_SITE_CHARS);

export const siteSettingsSchema = record({
  /** Sites (hostnames) where the reader paused annotation. */
  pausedSites: list(siteSchema, MAX_PAUSED_SITES),
});
export type SiteSettings = Infer<typeof siteSettingsSchema>;

export interface StoreStats {
  reports: number;
  sentences: number;
  bytesUsed: number | null;
  bytesQuota: number | null;
}

// What the store takes and answers with, carried unchanged by the message protocol: declared
// here so that neither src/store nor src/messaging imports the other.

export interface ListQuery {
  query?: string;
  offset?: number;
  limit?: number;
}

export interface StoreStats {
  reports: number;
  sentences: number;
  bytesUsed: number | null;
  bytesQuota: number | null;
}

export interface SiteSettings {
  /** Sites (hostnames) where the reader paused annotation. */
  pausedSites: string[];
}

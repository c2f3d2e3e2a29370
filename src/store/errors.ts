/** Said to the reader when IndexedDB refuses a write for lack of space. */
export const STORAGE_FULL_MESSAGE =
  'Storage is full: this page was not saved and nothing was changed. Delete old reports or ' +
  'export and clear them in Corroborate’s options to make room.';

/** Thrown by the store when the quota is exhausted; the write it interrupted left no trace. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(override readonly cause?: unknown) {
    super(STORAGE_FULL_MESSAGE);
  }
}

/** Thrown for input the store refuses (malformed import, bad report). */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
}

/**
 * True when `error` is, or wraps, a quota failure. Dexie reports it as QuotaExceededError, or as
 * an AbortError whose `inner` is the DOMException; some engines nest further (`cause`).
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (e.name === 'QuotaExceededError') return true;
    if (typeof e.message === 'string' && /quota/i.test(e.message)) return true;
    current = e.inner ?? e.cause;
  }
  return false;
}

/** Maps low-level write failures to the reader-facing error; rethrows anything else. */
export function translateWriteError(error: unknown): never {
  if (isQuotaError(error)) throw new StorageFullError(error);
  throw error;
}

import type { PageMatches, Report, ReportInput } from '../model/report.ts';

/**
 * What the store needs from the matching engine (src/crossref), as one seam: the store keeps the
 * index in memory, persists it, and keeps it in step with the database; the engine does the rest.
 */
export interface MatchEngine<I> {
  /** Version of the serialized layout; a snapshot of another format is rebuilt, not read. */
  readonly format: number;
  create(): I;
  /**
   * Work on a report that needs neither the index nor the report's id (tokenizing its
   * sentences), done while the database writes it, so that `add` right after is quicker.
   */
  prepare?(report: ReportInput): void;
  add(index: I, report: Report): void;
  remove(index: I, reportId: number): void;
  has(index: I, reportId: number): boolean;
  serialize(index: I): Uint8Array;
  /**
   * serialize in steps: the generator yields between chunks of work (the store runs it in
   * slices, answering pages in between) and returns the bytes. The index must not change until
   * it ends. Without it, the store serializes in one go.
   */
  serializeSteps?(index: I): Generator<void, Uint8Array, void>;
  /**
   * Throws on bytes it cannot read (the store then rebuilds from the database). May leave
   * checks that read every byte to `verify`, which the store runs after the first answer.
   */
  deserialize(bytes: Uint8Array): I;
  /** The checks `deserialize` left for later; throws when the snapshot was corrupt. */
  verify?(index: I): void;
  /** verify in steps, as serializeSteps (the store runs them in slices). */
  verifySteps?(index: I): Generator<void, void, void>;
  /**
   * Adds a report saved with no answer before (imports, rows replayed after a restart), filed
   * in its story and under its origin as a page read now would be (the reports in the index
   * being those read before it). `load` reads the other reports it needs; one it leaves out
   * does not count. Without it, `add` (the report stands alone).
   */
  addFiled?(
    index: I,
    report: Report,
    load: (ids: readonly number[]) => Promise<ReadonlyMap<number, Report>>,
  ): Promise<void>;
  /** Live reports by story id, each with its origin (see StoryPlace); for the story list. */
  stories?(index: I): ReadonlyMap<number, readonly PlacedReport[]>;
  /**
   * Matches `page` (stored as `pageId`) against the index. `load` fetches the stored reports the
   * engine needs by id (only those, never the whole store).
   */
  matchPage(
    page: ReportInput,
    pageId: number | null,
    index: I,
    load: (ids: readonly number[]) => Promise<ReadonlyMap<number, Report>>,
    timing?: MatchTiming,
  ): Promise<PageMatches>;
}

/** A stored report's place: its origin, and the agency a wire origin stands for. */
export interface PlacedReport {
  id: number;
  origin: number;
  agency: string | null;
}

/** Where one match spent its time (filled by the engine; milliseconds). */
export interface MatchTiming {
  queryMs: number;
  fetchMs: number;
  compareMs: number;
}

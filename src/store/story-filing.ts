import type { Report } from '../model/report.ts';
import type { MatchEngine } from './match-engine.ts';

/**
 * Reports filed per step: taken out of the index together, then added back one by one, each
 * filed among those before it. One step runs inside one queue task, so a snapshot (written
 * between tasks) never sees the index without them, and page answers wait for the step under
 * way (at most this many reports' filing); background filing leaves the queue to other writes
 * between steps.
 */
const FILE_CHUNK = 20;

type Load = (ids: readonly number[]) => Promise<ReadonlyMap<number, Report>>;

export interface FilingHost<I> {
  engine: MatchEngine<I>;
  /** The loaded index, or null (then there is nothing to file: its next load replays all). */
  index: () => I | null;
  load: Load;
  /** Runs a task in the store's write queue. */
  queued: (task: () => Promise<void>) => Promise<void>;
  /** The index may have lost a report (an add failed): the store drops it for a rebuild. */
  broken: (error: unknown) => void;
  onError: (error: unknown) => void;
}

/**
 * Files reports saved with no answer before — imports, tools, rows a load replays after a
 * restart — in their story and under their origin, in the order they were written, each the way
 * a page read now is: matched against the index holding the reports before it (those still
 * waiting are out of the index or hidden from it). Incremental: each report costs one page
 * answer's candidates, never a recompute of the store.
 */
export class StoryFiling<I> {
  /** Report ids waiting, in filing order (a Set keeps insertion order). */
  private readonly waiting = new Set<number>();
  /** The step under way: while it runs, reports of its chunk are out of the index. */
  private step: Promise<void> | null = null;

  constructor(private readonly host: FilingHost<I>) {}

  get pending(): number {
    return this.waiting.size;
  }

  /**
   * Resolves when no step is under way: a page answer waits for this before it reads the index,
   * so it never sees a chunk taken out (a step is FILE_CHUNK page answers' work at most).
   */
  async idle(): Promise<void> {
    while (this.step) await this.step;
  }

  /**
   * Queues the filing of these reports (in the index) behind the writes queued so far, a chunk
   * per task; false when the engine does not file (nothing queued).
   */
  fileLater(ids: readonly number[]): boolean {
    if (!this.host.engine.addFiled || ids.length === 0) return false;
    for (const id of ids) this.waiting.add(id);
    for (let at = 0; at < ids.length; at += FILE_CHUNK) {
      const chunk = ids.slice(at, at + FILE_CHUNK);
      void this.host.queued(() => this.fileChunk(chunk)).catch(this.host.onError);
    }
    return true;
  }

  /**
   * Files every report still waiting, now; from inside the queue (before a snapshot is written,
   * so that no snapshot covers a report not filed yet).
   */
  async fileAll(): Promise<void> {
    while (this.waiting.size > 0) {
      await this.fileChunk([...this.waiting].slice(0, FILE_CHUNK));
    }
  }

  /** Counts these reports as waiting (filed by a later `fileLater` or `fileAll`). */
  markWaiting(ids: readonly number[]): void {
    if (this.host.engine.addFiled) for (const id of ids) this.waiting.add(id);
  }

  /** A deleted report is not filed. */
  forget(id: number): void {
    this.waiting.delete(id);
  }

  clear(): void {
    this.waiting.clear();
  }

  private async fileChunk(chunk: readonly number[]): Promise<void> {
    const live = chunk.filter((id) => this.waiting.has(id));
    const index = this.host.index();
    if (!index || live.length === 0 || !this.host.engine.addFiled) {
      for (const id of chunk) this.waiting.delete(id);
      return;
    }
    await this.idle();
    const step = this.fileStep(index, live);
    this.step = step;
    try {
      await step;
    } finally {
      if (this.step === step) this.step = null;
      for (const id of live) this.waiting.delete(id);
    }
  }

  private async fileStep(index: I, live: readonly number[]): Promise<void> {
    const { engine, load } = this.host;
    const reports = await load(live);
    const mine = live.filter((id) => reports.has(id) && engine.has(index, id));
    // Out of the index together: each is then matched against the reports before it only.
    for (const id of mine) engine.remove(index, id);
    for (const id of mine) {
      // A turn for the rest of the worker between reports (messages, timers): the reports a
      // step reads are mostly cached, so it might otherwise never wait.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // The report itself and every report not waiting (waiting ones of later chunks are still
      // in the index: hidden here).
      const visible: Load = (ids) => load(ids.filter((x) => x === id || !this.waiting.has(x)));
      try {
        await engine.addFiled!(index, reports.get(id)!, visible);
      } catch (error) {
        this.host.onError(error);
        if (!engine.has(index, id)) this.host.broken(error);
      } finally {
        this.waiting.delete(id);
      }
    }
  }
}

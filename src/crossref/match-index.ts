import {
  CLAUSE_BREAK as IMPORTED_CLAUSE_BREAK,
  Dictionary,
  ID_SHIFT as IMPORTED_ID_SHIFT,
  NAME_BIT as IMPORTED_NAME_BIT,
  NAME_FACTOR as IMPORTED_NAME_FACTOR,
} from './dictionary.ts';

// Module-local copies: reading an imported binding can cost a call per access in some
// loaders (tsx), and these are read in the innermost loops.
const CLAUSE_BREAK = IMPORTED_CLAUSE_BREAK;
const ID_SHIFT = IMPORTED_ID_SHIFT;
const NAME_BIT = IMPORTED_NAME_BIT;
const NAME_FACTOR = IMPORTED_NAME_FACTOR;
import { encodeTokens } from './encode.ts';
import { OneToMany } from './similarity.ts';
import { QueryWork } from './query-work.ts';
import { finish, type Steps } from './steps.ts';
import { walkPacked, walkSlots } from './walk-postings.ts';
import { tokenizeCached, tokenizeReusing } from './tokenize.ts';
import { CANDIDATE_THRESHOLD } from './claim-score.ts';
import type { ReportSentence, StoryPlace } from '../model/report.ts';
import {
  deserializeIndex,
  serializeIndex,
  serializeSteps,
  type DeserializeOptions,
  type IndexSections,
} from './serialize.ts';
import { MIN_POSTINGS, packPostings, postingsCap, postingsKept } from './postings.ts';
import { TokenPool } from './token-pool.ts';
import type { TermRarity } from './story-relation.ts';

export type { StoryPlace };

/** Origins from here up stand for news agencies, not reports (see StoryPlace). */
export const WIRE_ORIGIN = 0xf0000000;

/** Rarest terms of a page whose reports are story candidates (see storyCandidates). */
const CANDIDATE_TERMS = 40;

/** A stored sentence that carries the same claim as a query sentence. */
export interface IndexMatch {
  reportId: number;
  sentenceIndex: number;
  score: number;
}

export interface QueryOptions {
  /** Leave this report out (the page itself when it is already stored). */
  excludeReportId?: number;
  /** Matches kept per query sentence, best first. */
  limit?: number;
}

/** A report sharing rare terms with a page: a candidate for its story. */
export interface StoryCandidate {
  reportId: number;
  /** Summed rarity (idf) of the rare terms it shares. */
  weight: number;
  shared: number;
}

/** Matches per query sentence unless the caller asks otherwise. */
const DEFAULT_LIMIT = 10;
/**
 * Candidates given the fine score per query sentence, best ranked first. About one in a hundred
 * scored reaches the threshold; with the ranking below, 15 already kept every link of the
 * synthetic 10k store, so 40 leaves room for harder real text (100 before that ranking).
 */
const MAX_CANDIDATES = 40;
/** Weight of the lighter side's coverage in the candidates' ranking (the rest: Dice estimate). */
const RANK_COVERED = 0.5;
/** Resolution of the ranking of candidates by shared weight. */
const BUCKETS = 64;
const bucketCounts = new Uint32Array(BUCKETS + 1);

/** Fixed-point units per unit of token weight in the query accumulator… */
const ACC_SCALE = 64;
/** …whose sums must stay below 2^16 (a long query gets a coarser scale; sums saturate). */
const ACC_MAX = 65_535;
/** A slot's weight is kept in 1/WEIGHT_STEPS units in a byte (weights past 63 read as 63). */
const WEIGHT_STEPS = 4;
function quantizeWeight(weight: number): number {
  return Math.min(255, Math.floor(weight * WEIGHT_STEPS));
}
/** Rebuild the packed postings once the appended ones reach this share of them. */
const COMPACT_RATIO = 0.25;
const DEAD = 0xffffffff;

/** Entries from which GrowU32 grows by a quarter instead of doubling. */
const LARGE_ARRAY = 1 << 20;
class GrowU32 {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }
  pushAll(vs: Uint32Array): void {
    if (this.length + vs.length > this.data.length) this.grow(this.length + vs.length);
    this.data.set(vs, this.length);
    this.length += vs.length;
  }
  grow(min: number): void {
    // Doubling while small; large arrays (a slot section: MB at 50k reports) grow by a
    // quarter, which still copies each entry a bounded number of times but wastes far less.
    const n = this.data.length;
    const next = new Uint32Array(Math.max(min, n < LARGE_ARRAY ? n * 2 : n + (n >>> 2)));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Total weight of an encoded sentence. */
function encodedWeight(ids: Uint32Array, weights: Float32Array): number {
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    const encoded = ids[i]!;
    const id = encoded >>> ID_SHIFT;
    total += encoded & NAME_BIT ? weights[id]! * NAME_FACTOR : weights[id]!;
  }
  return total;
}

/** Should a sentence take part in matching? Non-claims (boilerplate, bylines) do not. */
export function isMatchable(s: ReportSentence): boolean {
  return s.kind !== 'none';
}

/**
 * Tokenizes the sentences `MatchIndex.add` will index, into the token cache it reads, so work
 * that needs neither the index nor the report's id can run before (while the store writes).
 */
export function prepareSentences(sentences: readonly ReportSentence[]): void {
  for (const s of sentences) if (isMatchable(s)) tokenizeCached(s.text);
}

/**
 * The in-memory claim index: every stored sentence as its token ids (varints in one pool),
 * and an inverted index from token id to sentence slots. Postings live in one packed array
 * (built at load and at compaction) plus small per-token arrays for what was added since.
 * A loaded index reads its snapshot's sections in place: nothing large is copied at load, and
 * a section is copied only when it first grows (the pool never: it grows in a separate tail).
 */
export class MatchIndex {
  readonly dict: Dictionary;
  /** Token ids of all slots, back to back. */
  private pool = new TokenPool();
  readonly slotStart: GrowU32;
  readonly slotReport: GrowU32;
  readonly slotSentence: GrowU32;
  /**
   * Each slot's total token weight in quarter units, floored (see WEIGHT_STEPS): all the
   * query's filter reads of it, so the exact weight is not kept.
   */
  private slotWeightQ: Uint8Array = new Uint8Array(1024);
  private readonly reports = new Map<number, { first: number; count: number }>();
  private liveSlots = 0;
  private deadSlots = 0;
  /** Postings from which a token is common (see postingsCap): the query walks rarer ones. */
  private cap = MIN_POSTINGS;
  /** Postings a token keeps (see postingsKept). */
  private keep = postingsKept(0);
  /**
   * Tokens whose postings were cut at `keep` (or may have been: a packed list that reached it):
   * they take no more postings until the next pack. None may fall under `cap` (see grow).
   */
  private cut: Uint8Array = new Uint8Array(1024);
  // Packed postings (see PackedPostings): token t's slots as varint gaps in
  // packedBytes[packedStart[t]..packedStart[t + 1]).
  private packedStart: Uint32Array = new Uint32Array(2);
  private packedBytes: Uint8Array = new Uint8Array(0);
  private packedCount = 0;
  private packedTokens = 0;
  private readonly extra = new Map<number, GrowU32>();
  private extraCount = 0;
  private df: Uint32Array = new Uint32Array(1024);
  /** Reports holding each token (each report counts a token once; sentences' tokens only). */
  private docDf: Uint32Array = new Uint32Array(1024);
  private readonly places = new Map<number, StoryPlace>();
  private readonly scorer = new OneToMany();
  private acc = new Uint16Array(1024);
  private readonly work = new QueryWork();
  /** Checks of the snapshot this index was loaded from, left for later (see checkLater). */
  private pendingCheck: (() => Steps<void>) | null = null;

  constructor(dict = new Dictionary()) {
    this.dict = dict;
    this.slotStart = new GrowU32();
    this.slotReport = new GrowU32();
    this.slotSentence = new GrowU32();
  }

  get reportCount(): number {
    return this.reports.size;
  }

  get sentenceCount(): number {
    return this.liveSlots;
  }

  /** Approximate memory held by the index, in bytes (typed arrays plus dictionary strings). */
  get byteSize(): number {
    let bytes =
      this.pool.byteSize +
      this.slotStart.data.byteLength +
      this.slotReport.data.byteLength +
      this.slotSentence.data.byteLength +
      this.slotWeightQ.byteLength +
      this.packedStart.byteLength +
      this.packedBytes.byteLength +
      this.df.byteLength +
      this.docDf.byteLength +
      this.acc.byteLength +
      this.dict.weights.byteLength;
    for (const list of this.extra.values()) bytes += list.data.byteLength + 64;
    // A dictionary entry: the key string, a Map slot and an array slot (measured roughly).
    bytes += this.dict.size * 80;
    return bytes;
  }

  has(reportId: number): boolean {
    return this.reports.has(reportId);
  }

  /** A stored report's slots (sentence order), or undefined when it is not stored. */
  slotsOf(reportId: number): { readonly first: number; readonly count: number } | undefined {
    return this.reports.get(reportId);
  }

  /** Where a stored report stands (see StoryPlace); itself alone when never placed. */
  placeOf(reportId: number): StoryPlace {
    return this.places.get(reportId) ?? { story: reportId, origin: reportId };
  }

  /** Files a stored report in a story and under an origin (kept until it is removed). */
  place(reportId: number, where: StoryPlace): void {
    if (this.reports.has(reportId)) this.places.set(reportId, { ...where });
  }

  /** Live report ids by story id (stories of one report included). */
  stories(): Map<number, number[]> {
    const out = new Map<number, number[]>();
    for (const id of this.reports.keys()) {
      const story = this.placeOf(id).story;
      const list = out.get(story);
      if (list) list.push(id);
      else out.set(story, [id]);
    }
    return out;
  }

  /**
   * How rare each term key is among the stored reports (their document frequencies), leaving
   * out `excludeReportId` (the page itself, when stored: a page read again weighs its terms as
   * it did the first time).
   */
  termRarity(excludeReportId?: number): TermRarity<string> {
    const byId = this.termRarityById(excludeReportId);
    return {
      docs: byId.docs,
      df: (key) => {
        const id = this.dict.lookup(key);
        return id === undefined ? 0 : byId.df(id);
      },
    };
  }

  /** termRarity by token id (an id below 0 stands for a key the index lacks: df 0). */
  termRarityById(excludeReportId?: number): TermRarity<number> {
    const own = new Set<number>();
    const r = excludeReportId === undefined ? undefined : this.reports.get(excludeReportId);
    if (r) {
      for (let s = r.first; s < r.first + r.count; s++) {
        for (const encoded of this.slotTokens(s)) {
          if (encoded !== CLAUSE_BREAK) own.add(encoded >>> ID_SHIFT);
        }
      }
    }
    return {
      docs: this.reports.size - (r ? 1 : 0),
      df: (id) => (id < 0 ? 0 : Math.max(0, (this.docDf[id] ?? 0) - (own.has(id) ? 1 : 0))),
    };
  }

  /**
   * Reports that share the rarest of these term keys, by summed rarity, best first: where to
   * look for other reports of a page's story without scoring every stored report. Walks the
   * postings of CANDIDATE_TERMS terms at most, each a short list (rare terms).
   */
  storyCandidates(
    keys: Iterable<string>,
    limit: number,
    excludeReportId?: number,
  ): StoryCandidate[] {
    const docs = this.reports.size;
    const terms: Array<[number, number]> = [];
    for (const key of new Set(keys)) {
      const id = this.dict.lookup(key);
      if (id === undefined || this.dict.weights[id]! <= 0) continue;
      const df = this.docDf[id] ?? 0;
      // A term in one report in four finds nothing; one in a single report may be a typo.
      if (df > 0 && df < this.cap && df * 4 <= Math.max(docs, 4)) terms.push([id, df]);
    }
    terms.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    const found = new Map<number, StoryCandidate & { last: number }>();
    for (const [id, df] of terms.slice(0, CANDIDATE_TERMS)) {
      const w = this.dict.weights[id]! * (Math.log((docs + 1) / (df + 1)) + 1);
      this.forEachSlot(id, (slot) => {
        const report = this.slotReport.data[slot]!;
        if (report === DEAD || report === excludeReportId) return;
        const c = found.get(report);
        if (!c) found.set(report, { reportId: report, weight: w, shared: 1, last: id });
        else if (c.last !== id) {
          c.weight += w;
          c.shared++;
          c.last = id;
        }
      });
    }
    return [...found.values()]
      .filter((c) => c.shared >= 3)
      .sort((a, b) => b.weight - a.weight || a.reportId - b.reportId)
      .slice(0, limit)
      .map(({ reportId, weight, shared }) => ({ reportId, weight, shared }));
  }

  /**
   * The first `cap` slots in a token's postings (packed, then added since): all of them for a
   * rare token, and for a common one the same slots however the index was built (a list keeps
   * up to postingsKept, cut at a store size of its own).
   */
  private forEachSlot(id: number, fn: (slot: number) => void): void {
    let left = this.cap;
    if (id < this.packedTokens) {
      const bytes = this.packedBytes;
      let slot = 0;
      for (
        let p = this.packedStart[id]!, e = this.packedStart[id + 1]!;
        p < e && left > 0;
        left--
      ) {
        let b = bytes[p++]!;
        let gap = b & 0x7f;
        for (let shift = 7; b & 0x80; shift += 7) {
          b = bytes[p++]!;
          gap |= (b & 0x7f) << shift;
        }
        slot += gap;
        fn(slot);
      }
    }
    const list = this.extra.get(id);
    if (list) for (let p = 0; p < list.length && left > 0; p++, left--) fn(list.data[p]!);
  }

  /** Adds (+1) or removes (-1) a report's distinct tokens to the document frequencies. */
  private countDocs(first: number, count: number, delta: 1 | -1): void {
    if (this.docDf.length < this.dict.size) {
      const grown = new Uint32Array(Math.max(this.dict.size, this.docDf.length * 2));
      grown.set(this.docDf);
      this.docDf = grown;
    }
    const seen = new Set<number>();
    for (let s = first; s < first + count; s++) {
      const ids = this.slotTokens(s);
      for (let i = 0; i < ids.length; i++) {
        const encoded = ids[i]!;
        if (encoded === CLAUSE_BREAK) continue;
        const id = encoded >>> ID_SHIFT;
        if (seen.has(id)) continue;
        seen.add(id);
        this.docDf[id] = Math.max(0, this.docDf[id]! + delta);
      }
    }
  }

  /** Document frequency of a token id (for serialization). */
  docDfOf(id: number): number {
    return this.docDf[id] ?? 0;
  }

  /** Stores (or replaces) a report's matchable sentences. */
  add(reportId: number, sentences: readonly ReportSentence[]): void {
    if (!Number.isInteger(reportId) || reportId < 0 || reportId >= DEAD) {
      throw new Error(`MatchIndex.add: report id must be a non-negative integer, got ${reportId}`);
    }
    if (this.reports.has(reportId)) this.remove(reportId);
    const encoded: Array<[number, Uint32Array]> = [];
    for (const s of sentences) {
      if (!isMatchable(s)) continue;
      const ids = encodeTokens(tokenizeReusing(s.text), this.dict);
      if (ids.length > 0) encoded.push([s.index, ids]);
    }
    this.addEncoded(reportId, encoded);
  }

  /** Adds already encoded sentences. */
  addEncoded(reportId: number, encoded: ReadonlyArray<readonly [number, Uint32Array]>): void {
    this.store(reportId, encoded, true);
    if (this.extraCount > Math.max(65_536, this.packedCount * COMPACT_RATIO)) this.compact();
  }

  /**
   * Bulk load from a snapshot (see serialize.ts), postings included, so loading does no pass
   * over the pool. Only for a freshly constructed index whose dictionary holds exactly the
   * snapshot's keys.
   */
  loadSnapshot(s: IndexSections): void {
    const slots = s.sentenceIndex.length;
    const tokens = this.dict.size;
    // Views on the snapshot's buffer, which stays alive as the pool anyway: a section is copied
    // (with room) when it first grows, after the first answer rather than before it.
    this.pool = new TokenPool(s.pool);
    this.slotSentence.data = s.sentenceIndex;
    this.slotSentence.length = slots;
    this.slotStart.data = s.slotStart;
    this.slotStart.length = slots;
    this.slotWeightQ = s.slotWeightQ;
    const owner = new Uint32Array(Math.max(16, Math.ceil(slots * 1.125)));
    let slot = 0;
    for (let r = 0; r < s.reportIds.length; r++) {
      const id = s.reportIds[r]!;
      const count = s.slotsPerReport[r]!;
      this.reports.set(id, { first: slot, count });
      // Unplaced reports (story = origin = own id) need no entry.
      if (s.story[r] !== id || s.origin[r] !== id) {
        this.places.set(id, { story: s.story[r]!, origin: s.origin[r]! });
      }
      owner.fill(id, slot, slot + count);
      slot += count;
    }
    this.slotReport.data = owner;
    this.slotReport.length = slots;
    this.liveSlots = slots;
    const df = new Uint32Array(Math.max(tokens, 1024));
    df.set(s.postingDf);
    this.docDf = new Uint32Array(Math.max(tokens, 1024));
    this.docDf.set(s.docDf);
    this.setPostings(s.postingStart, s.postingBytes, df, tokens, slots);
  }

  /** The quantized total token weight of a slot (for serialization). */
  slotWeightQOf(slot: number): number {
    return this.slotWeightQ[slot]!;
  }

  private store(
    reportId: number,
    encoded: ReadonlyArray<readonly [number, Uint32Array]>,
    post: boolean,
  ): void {
    const first = this.slotStart.length;
    for (const [sentenceIndex, ids] of encoded) {
      const slot = this.slotStart.length;
      this.slotStart.push(this.pool.append(ids));
      this.slotReport.push(reportId);
      this.slotSentence.push(sentenceIndex);
      this.setWeight(slot, ids);
      if (post) this.post(slot, ids);
    }
    this.reports.set(reportId, { first, count: encoded.length });
    this.countDocs(first, encoded.length, 1);
    this.liveSlots += encoded.length;
    this.grow();
  }

  /**
   * Raises the cap with the store. A list cut short under a smaller cap must not turn rare with
   * its slots missing (a built index would then walk a partial list, a reloaded one the whole
   * list): when a cut list falls under the new cap, every list is packed again. postingsKept's
   * headroom makes that rare (the store must double between packs).
   */
  private grow(): void {
    const cap = postingsCap(this.slotStart.length);
    if (cap <= this.cap) return;
    this.cap = cap;
    this.keep = Math.max(this.keep, postingsKept(this.slotStart.length));
    const df = this.df;
    const cut = this.cut;
    for (let t = 0; t < this.dict.size; t++) {
      if (cut[t] && df[t]! < cap) {
        this.compact();
        return;
      }
    }
  }

  remove(reportId: number): void {
    const r = this.reports.get(reportId);
    if (!r) return;
    this.countDocs(r.first, r.count, -1);
    for (let s = r.first; s < r.first + r.count; s++) this.slotReport.data[s] = DEAD;
    this.reports.delete(reportId);
    this.places.delete(reportId);
    this.liveSlots -= r.count;
    this.deadSlots += r.count;
    // Reclaim space once removed sentences outnumber a third of the live ones.
    if (this.deadSlots > Math.max(1024, this.liveSlots / 3)) this.compact();
  }

  private setWeight(slot: number, ids: Uint32Array): void {
    if (slot >= this.slotWeightQ.length) {
      const n = this.slotWeightQ.length;
      const grown = new Uint8Array(Math.max(slot + 1, n < LARGE_ARRAY ? n * 2 : n + (n >>> 2)));
      grown.set(this.slotWeightQ);
      this.slotWeightQ = grown;
    }
    this.slotWeightQ[slot] = quantizeWeight(encodedWeight(ids, this.dict.weights));
  }

  private ensureDf(): void {
    if (this.dict.size > this.df.length) {
      const grown = new Uint32Array(Math.max(this.dict.size, this.df.length * 2));
      grown.set(this.df);
      this.df = grown;
    }
    if (this.dict.size > this.cut.length) {
      const grown = new Uint8Array(this.df.length);
      grown.set(this.cut);
      this.cut = grown;
    }
  }

  private post(slot: number, ids: Uint32Array): void {
    this.ensureDf();
    for (let i = 0; i < ids.length; i++) {
      const encoded = ids[i]!;
      if (encoded === CLAUSE_BREAK) continue;
      const id = encoded >>> ID_SHIFT;
      if (this.cut[id]) continue;
      const n = this.df[id]!;
      if (n >= this.keep) {
        this.cut[id] = 1;
        continue;
      }
      this.df[id] = n + 1;
      let list = this.extra.get(id);
      if (!list) {
        list = new GrowU32(4);
        this.extra.set(id, list);
      }
      list.push(slot);
      this.extraCount++;
    }
  }

  /** Drops removed slots from the pool and packs all postings into one array. */
  compact(): void {
    const oldPool = this.pool;
    const oldStart = this.slotStart.view().slice();
    const oldReport = this.slotReport.view().slice();
    const oldSentence = this.slotSentence.view().slice();
    const total = oldStart.length;
    const oldEnd = oldPool.length;
    const remap = new Map<number, { first: number; count: number }>();
    // Fresh arrays: the old ones may be views on a snapshot the caller owns.
    this.pool = new TokenPool(undefined, Math.max(4096, oldEnd));
    this.slotWeightQ = new Uint8Array(Math.max(1024, total));
    this.slotStart.data = new Uint32Array(Math.max(1024, total));
    this.slotReport.data = new Uint32Array(Math.max(1024, total));
    this.slotSentence.data = new Uint32Array(Math.max(1024, total));
    this.slotStart.length = 0;
    this.slotReport.length = 0;
    this.slotSentence.length = 0;
    const limit = this.dict.size;
    for (let s = 0; s < total; s++) {
      const report = oldReport[s]!;
      if (report === DEAD) continue;
      const slot = this.slotStart.length;
      const from = oldStart[s]!;
      const to = s + 1 < total ? oldStart[s + 1]! : oldEnd;
      this.slotStart.push(this.pool.appendBytes(oldPool.bytes(from, to)));
      this.slotReport.push(report);
      this.slotSentence.push(oldSentence[s]!);
      this.setWeight(slot, oldPool.tokens(from, to, limit));
      const r = remap.get(report);
      if (r) r.count++;
      else remap.set(report, { first: slot, count: 1 });
    }
    this.reports.clear();
    for (const [id, r] of remap) this.reports.set(id, r);
    this.liveSlots = this.slotStart.length;
    this.deadSlots = 0;
    this.pack();
  }

  /** Builds the packed postings from the pool (two passes: count, then fill). */
  private pack(): void {
    const tokens = this.dict.size;
    const slots = this.slotStart.length;
    const packed = packPostings(
      this.pool.contiguous(),
      this.pool.length,
      this.slotStart.data,
      slots,
      tokens,
      postingsKept(slots),
    );
    this.setPostings(packed.start, packed.bytes, packed.df, tokens, slots);
  }

  /**
   * Takes over packed postings of `slots` slots (packed with postingsKept(slots), as pack and
   * serialize do), with the cap of that many slots. A list that reached `keep` counts as cut
   * whether or not a slot was left out: a reload cannot tell, so a built index does not either.
   */
  private setPostings(
    start: Uint32Array,
    bytes: Uint8Array,
    df: Uint32Array,
    tokens: number,
    slots: number,
  ) {
    this.cap = postingsCap(slots);
    const keep = (this.keep = postingsKept(slots));
    this.cut = new Uint8Array(df.length);
    this.packedStart = start;
    this.packedBytes = bytes;
    let count = 0;
    for (let t = 0; t < tokens; t++) {
      count += df[t]!;
      if (df[t]! >= keep) this.cut[t] = 1;
    }
    this.packedCount = count;
    this.packedTokens = tokens;
    this.df = df;
    this.extra.clear();
    this.extraCount = 0;
  }

  private slotEnd(slot: number): number {
    return slot + 1 < this.slotStart.length ? this.slotStart.data[slot + 1]! : this.pool.length;
  }

  /** For each query sentence: stored sentences with the same claim, best first. */
  query(sentences: readonly ReportSentence[], options: QueryOptions = {}): IndexMatch[][] {
    return sentences.map((s) => (isMatchable(s) ? this.queryText(s.text, options) : []));
  }

  /** Matches for one sentence of text. */
  queryText(text: string, options: QueryOptions = {}): IndexMatch[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const exclude = options.excludeReportId;
    // Cached: the store compares and then indexes the same page sentences right after.
    const ids = encodeTokens(tokenizeCached(text), this.dict);
    const weights = this.dict.weights;
    if (this.acc.length < this.slotStart.length)
      this.acc = new Uint16Array(this.slotStart.data.length);
    this.ensureDf();
    const acc = this.acc;
    const df = this.df;
    const cap = this.cap;
    const q = this.work;
    q.ensureTokens(ids.length);
    // A pair scoring θ must share at least θ/(2−θ) of the lighter side's weight.
    const share = CANDIDATE_THRESHOLD / (2 - CANDIDATE_THRESHOLD);
    // Rarest tokens first (prefix filtering): once the tokens left weigh less than the share a
    // match needs, a sentence holding none of the ones walked cannot match this one whole, so
    // the longest postings lists are never walked. Their weight still counts in the bound.
    const tokenId = q.tokenId;
    const tokenWeight = q.tokenWeight;
    const tokenRank = q.tokenRank;
    const order = q.order;
    let n = 0;
    let queryWeight = 0;
    for (let k = 0; k < ids.length; k++) {
      const encoded = ids[k]!;
      if (encoded === CLAUSE_BREAK) continue;
      const id = encoded >>> ID_SHIFT;
      const w = encoded & NAME_BIT ? weights[id]! * NAME_FACTOR : weights[id]!;
      queryWeight += w;
      tokenId[n] = id;
      tokenWeight[n] = w;
      // Common tokens all rank last, in query order: their postings counts depend on when the
      // lists were packed, and the order of their weights' sum must not.
      tokenRank[n] = Math.min(df[id]!, cap);
      // Insertion sort, stable: ties keep query order (a few dozen tokens at most).
      let j = n - 1;
      while (j >= 0 && tokenRank[order[j]!]! > tokenRank[n]!) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = n;
      n++;
    }
    // Shared weight is summed in fixed point: half the bytes of floats, so the accumulator of a
    // large store stays in the processor's cache. The scale keeps any sum under 2^16.
    const scale = Math.min(ACC_SCALE, ACC_MAX / Math.max(queryWeight, 1e-6));
    const packedStart = this.packedStart;
    const packedBytes = this.packedBytes;
    const packedTokens = this.packedTokens;
    const weightQ = this.slotWeightQ;
    const extra = this.extra.size > 0 ? this.extra : null;
    let remaining = queryWeight;
    let saturatedWeight = 0;
    // Slots in the order first touched, with their weight (see walk-postings.ts).
    let touched = 0;
    for (let r = 0; r < n; r++) {
      const t = order[r]!;
      const id = tokenId[t]!;
      const w = tokenWeight[t]!;
      if (df[id]! >= cap || (remaining < share * queryWeight && df[id]! > MIN_POSTINGS)) {
        saturatedWeight += w;
        remaining -= w;
        continue;
      }
      remaining -= w;
      // At least one unit, so a touched slot never reads as untouched.
      const units = Math.max(1, Math.floor(w * scale));
      const list = extra?.get(id);
      const from = id < packedTokens ? packedStart[id]! : 0;
      const to = id < packedTokens ? packedStart[id + 1]! : 0;
      // A posting takes a byte at least: room for all of this token's.
      q.ensureTouched(touched + (to - from) + (list ? list.length : 0));
      touched = walkPacked(
        packedBytes,
        from,
        to,
        units,
        ACC_MAX,
        acc,
        weightQ,
        q.touchedSlot,
        q.touchedWeight,
        touched,
      );
      if (list) {
        touched = walkSlots(
          list.data,
          list.length,
          units,
          ACC_MAX,
          acc,
          weightQ,
          q.touchedSlot,
          q.touchedWeight,
          touched,
        );
      }
    }
    const chosen = this.rank(touched, queryWeight, saturatedWeight, share, scale);
    // The chosen ones' report and start, read ahead in a loop of independent reads (their cache
    // misses overlap) rather than one at a time between two scorings.
    const slotReport = this.slotReport.data;
    const slotStart = this.slotStart.data;
    const selected = q.selected;
    const pool = this.pool;
    const reading = Math.min(chosen, MAX_CANDIDATES + 8);
    let ahead = 0;
    for (let i = 0; i < reading; i++) {
      const slot = selected[i]!;
      ahead += slotReport[slot]! + slotStart[slot]!;
    }
    // …then the first byte of each one's tokens (the starts are cached now).
    for (let i = 0; i < reading; i++) {
      const start = slotStart[selected[i]!]!;
      ahead += pool.segment(start)[start - pool.segmentOffset(start)]!;
    }
    q.sink = ahead;
    const scorer = this.scorer;
    scorer.setSentence(ids, this.dict.size);
    const out: IndexMatch[] = [];
    const tokenLimit = this.dict.size;
    let scored = 0;
    for (let i = 0; i < chosen && scored < MAX_CANDIDATES; i++) {
      const slot = selected[i]!;
      const report = slotReport[slot]!;
      if (report === DEAD || report === exclude) continue;
      scored++;
      const start = slotStart[slot]!;
      const at = pool.segmentOffset(start);
      const score = scorer.score(
        pool.segment(start),
        start - at,
        this.slotEnd(slot) - at,
        tokenLimit,
        weights,
      );
      if (score >= CANDIDATE_THRESHOLD) {
        out.push({ reportId: report, sentenceIndex: this.slotSentence.data[slot]!, score });
      }
    }
    out.sort(
      (a, b) => b.score - a.score || a.reportId - b.reportId || a.sentenceIndex - b.sentenceIndex,
    );
    return out.slice(0, limit);
  }

  /**
   * Of the `touched` slots the walk found (their shared weight in `acc`, which this clears),
   * those that can still reach the threshold, ranked by how much of the lighter side they
   * already share; puts the ones to score in `work.selected`, best buckets first, and returns
   * how many. With more than MAX_CANDIDATES, the best buckets that hold MAX_CANDIDATES are
   * kept: every candidate above the last of them, then that bucket's in the order touched
   * until the places are filled (taking a crowded bucket's first arrivals before better ranked
   * candidates found later lost links). A candidate under the bucket that MAX_CANDIDATES found
   * so far already fill is dropped at once: it could never be scored.
   */
  private rank(
    touched: number,
    queryWeight: number,
    saturatedWeight: number,
    share: number,
    scale: number,
  ): number {
    const q = this.work;
    const acc = this.acc;
    const touchedSlot = q.touchedSlot;
    const touchedWeight = q.touchedWeight;
    q.ensureKept(touched);
    const keptSlot = q.keptSlot;
    const keptBucket = q.keptBucket;
    const counts = bucketCounts;
    counts.fill(0);
    let candidates = 0;
    let kept = 0;
    // Lowest bucket still in reach, and the candidates kept at or above it.
    let low = 0;
    let atOrAbove = 0;
    // One random read per touched slot, of the sum (cached: the walk just wrote it). Removed or
    // excluded slots are few: their report is only looked at among the best. The floored weight
    // can only let more slots through.
    for (let i = 0; i < touched; i++) {
      const slot = touchedSlot[i]!;
      const overlap = acc[slot]! / scale;
      acc[slot] = 0;
      const theirWeight = touchedWeight[i]! / WEIGHT_STEPS;
      const lighter = Math.min(queryWeight, theirWeight);
      if (overlap + saturatedWeight < share * lighter) continue;
      candidates++;
      // Rank by the share of the lighter side covered (a short sentence inside one clause of
      // the page) and by the Dice estimate of both sides, half each: by the first alone, many
      // short sentences holding the page's rare words tie at 1 and crowd out near-copies.
      const covered = Math.min(1, overlap / Math.max(lighter, 1e-6));
      const dice = Math.min(1, (2 * overlap) / Math.max(queryWeight + theirWeight, 1e-6));
      // In single precision, as the rank was always kept.
      const bound = Math.fround(RANK_COVERED * covered + (1 - RANK_COVERED) * dice);
      const bucket = Math.floor(bound * BUCKETS);
      if (bucket < low) continue;
      keptSlot[kept] = slot;
      keptBucket[kept++] = bucket;
      counts[bucket]!++;
      atOrAbove++;
      while (atOrAbove - counts[low]! >= MAX_CANDIDATES) atOrAbove -= counts[low++]!;
    }
    const selected = q.selected;
    let chosen = 0;
    if (candidates <= MAX_CANDIDATES) {
      for (let i = 0; i < kept; i++) selected[chosen++] = keptSlot[i]!;
      return chosen;
    }
    // The cut: the highest bucket from which MAX_CANDIDATES are kept (0 when there are fewer).
    let above = 0;
    let cut = BUCKETS;
    while (cut > 0 && above + counts[cut]! < MAX_CANDIDATES) above += counts[cut--]!;
    for (let i = 0; i < kept; i++) if (keptBucket[i]! > cut) selected[chosen++] = keptSlot[i]!;
    for (let i = 0; i < kept; i++) if (keptBucket[i]! === cut) selected[chosen++] = keptSlot[i]!;
    return chosen;
  }

  /** Live reports with their slot ranges, in slot order (for serialization). */
  liveReports(): Array<[number, { first: number; count: number }]> {
    return [...this.reports.entries()].sort((a, b) => a[1].first - b[1].first);
  }

  /** A slot's tokens, in a buffer the next call reuses (for serialization). */
  slotTokens(slot: number): Uint32Array {
    return this.pool.tokens(this.slotStart.data[slot]!, this.slotEnd(slot), this.dict.size);
  }

  serialize(): Uint8Array {
    return serializeIndex(this);
  }

  /** serialize in steps (see steps.ts); the index must not change until they end. */
  serializeSteps(): Steps<Uint8Array> {
    return serializeSteps(this);
  }

  /**
   * Rebuilds an index from `serialize()` output; throws a clear Error on corrupt input (with
   * `checkLater`, part of the checks run at `verify()` instead).
   */
  static deserialize(bytes: Uint8Array, options: DeserializeOptions = {}): MatchIndex {
    return deserializeIndex(bytes, (dict) => new MatchIndex(dict), options);
  }

  /** Sets the checks `verify()` runs (deserialize with checkLater). */
  checkLater(checks: () => Steps<void>): void {
    this.pendingCheck = checks;
  }

  /**
   * Runs the snapshot checks a load left for later; throws deserialize's Error when the bytes
   * were corrupt (then drop this index and rebuild). A no-op once they passed.
   */
  verify(): void {
    finish(this.verifySteps());
  }

  /** verify in steps (see steps.ts). */
  *verifySteps(): Steps<void> {
    const checks = this.pendingCheck;
    if (!checks) return;
    yield* checks();
    this.pendingCheck = null;
  }
}

import { ID_SHIFT, NAME_BIT, dictionaryFromKeys, type Dictionary } from './dictionary.ts';
import {
  checkPostings,
  packPostingsSteps,
  postingsKept,
  varintLength,
  writeVarint,
} from './postings.ts';
import light from './data/light-words.json' with { type: 'json' };
import numbers from './data/number-words.json' with { type: 'json' };
import spelling from '../text/data/spelling.json' with { type: 'json' };
import stopwords from './data/stopwords.json' with { type: 'json' };
import { SLOTS_PER_STEP, finish, stepPacer, type Steps } from './steps.ts';
import synonyms from './data/synonyms.json' with { type: 'json' };
import forms from './data/word-forms.json' with { type: 'json' };

/**
 * Binary snapshot of a MatchIndex, so a restarted service worker loads the index without
 * re-tokenizing stored sentences or rebuilding postings: every section below is taken over as a
 * typed-array view. Little-endian, 4-byte aligned sections:
 *
 *   "CRXI" | SNAPSHOT_VERSION u32 | keyCount u32 | keyBytes u32
 *   | keys (UTF-8, "\n"-joined, by id, padded) | keyWeight f32[keyCount]
 *   | keyOrder u32[keyCount] (ids in code-unit order of their keys, 0 first; see Dictionary)
 *   | reportCount u32 | slotCount u32 | poolBytes u32 | postingBytes u32
 *   | reportId u32[reportCount] | slotsPerReport u32[reportCount]
 *   | sentenceIndex u32[slotCount] | slotStart u32[slotCount] (byte offset in pool)
 *   | postingStart u32[keyCount + 1] | postingDf u32[keyCount]
 *   | postings (varint gaps, see PackedPostings; padded)
 *   | slotWeightQ u8[slotCount] (padded)
 *   | pool (each slot's encoded tokens as varints, see TokenPool; padded)
 *   | docDf u32[keyCount] | story u32[reportCount] | origin u32[reportCount]
 *   | checksum u32 (over every preceding 32-bit word)
 */

const MAGIC = 0x49585243; // "CRXI" read as little-endian u32
/**
 * Layout of the snapshot bytes; bump when the sections or their meaning change (8: postings
 * kept up to postingsKept, not postingsCap; 9: ids by frequency, with keyOrder).
 */
const LAYOUT_VERSION = 9;
/**
 * Bump when tokenize.ts or normalize-word.ts start giving other keys for the same text; edits
 * to the data files are picked up by themselves (they are hashed into SNAPSHOT_VERSION).
 */
const TOKENIZER_REVISION = 2;

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Identifies what a snapshot's token ids mean: layout, tokenizer revision and every word list
 * the keys depend on. A snapshot of another version is refused, and the store rebuilds the
 * index from its reports, so a changed word list can never leave stale keys behind.
 */
export const SNAPSHOT_VERSION = fnv(
  JSON.stringify([
    LAYOUT_VERSION,
    TOKENIZER_REVISION,
    stopwords,
    light,
    spelling,
    synonyms,
    forms,
    numbers,
  ]),
);

/** A snapshot's sections, as views, in the order the file holds them. */
export interface IndexSections {
  reportIds: Uint32Array;
  slotsPerReport: Uint32Array;
  sentenceIndex: Uint32Array;
  /** Byte offset of each slot's tokens in `pool`. */
  slotStart: Uint32Array;
  /** Each slot's total token weight, quantized (see MatchIndex). */
  slotWeightQ: Uint8Array;
  /** Every slot's encoded tokens as varints (see TokenPool). */
  pool: Uint8Array;
  /** Byte offset of each token's postings in `postingBytes` (see PackedPostings). */
  postingStart: Uint32Array;
  postingBytes: Uint8Array;
  /** Postings per token. */
  postingDf: Uint32Array;
  /** Reports holding each token (see MatchIndex.termRarity). */
  docDf: Uint32Array;
  /** Per report (as reportIds): its story and its origin (see StoryPlace). */
  story: Uint32Array;
  origin: Uint32Array;
}

/**
 * What writing a snapshot reads of an index (MatchIndex is one), and what loading one calls:
 * declared here so that this file need not import match-index.ts, which imports it.
 */
export interface SnapshotSource {
  readonly dict: Dictionary;
  readonly slotSentence: { readonly data: Uint32Array };
  liveReports(): Array<[number, { first: number; count: number }]>;
  slotTokens(slot: number): Uint32Array;
  slotWeightQOf(slot: number): number;
  docDfOf(id: number): number;
  placeOf(reportId: number): { story: number; origin: number };
  /** Runs the checks a load left for later (see DeserializeOptions); throws when corrupt. */
  verify(): void;
}

export interface SnapshotTarget {
  loadSnapshot(sections: IndexSections): void;
  /** Keeps the checks `verify()` is to run (see DeserializeOptions), in steps. */
  checkLater(checks: () => Steps<void>): void;
}

/** Words the checksum reads between two yields of its steps. */
const WORDS_PER_STEP = 1 << 20;

/** The checksum of words [0, end) (FNV-1a over 32-bit words), in steps. */
function* checksumSteps(words: Uint32Array, end: number): Steps<number> {
  let h = 0x811c9dc5;
  for (let from = 0; from < end; from += WORDS_PER_STEP) {
    const to = Math.min(end, from + WORDS_PER_STEP);
    for (let i = from; i < to; i++) h = Math.imul(h ^ words[i]!, 0x01000193) >>> 0;
    yield;
  }
  return h >>> 0;
}

/** An encoded token with its id renumbered (the name flag kept). */
function renumbered(renumber: Uint32Array, encoded: number): number {
  return (renumber[encoded >>> ID_SHIFT]! << ID_SHIFT) | (encoded & NAME_BIT);
}

export function serializeIndex(index: SnapshotSource): Uint8Array {
  return finish(serializeSteps(index));
}

/**
 * serializeIndex in steps (see steps.ts): a yield after about SLOTS_PER_STEP slots of each
 * pass. The index must not change until the steps end (the store holds its writes meanwhile);
 * reading it in between (answering a page) is fine.
 */
export function* serializeSteps(index: SnapshotSource): Steps<Uint8Array> {
  index.verify();
  const dictKeys = index.dict.keys;
  const reports = index.liveReports();
  // Ids renumbered by how often the stored sentences hold them, most often first: most tokens
  // in the pool then take one or two bytes as varints (a fifth off the pool at 50k reports).
  const uses = new Float64Array(dictKeys.length);
  let slotCount = 0;
  const due = stepPacer();
  for (const [, r] of reports) {
    slotCount += r.count;
    for (let s = r.first; s < r.first + r.count; s++) {
      const t = index.slotTokens(s);
      for (let i = 0; i < t.length; i++) uses[t[i]! >>> ID_SHIFT]!++;
    }
    if (due(r.count, SLOTS_PER_STEP)) yield;
  }
  // One sort by key (loading finds keys in that order, see Dictionary), then a stable sort by
  // use: ties keep key order, so the same reports give the same snapshot however ids were given.
  const byKey = dictKeys.map((_, i) => i).slice(1);
  byKey.sort((x, y) => (dictKeys[x]! < dictKeys[y]! ? -1 : 1));
  const order = byKey.slice().sort((x, y) => uses[y]! - uses[x]!);
  const renumber = new Uint32Array(dictKeys.length);
  order.forEach((old, i) => (renumber[old] = i + 1));
  const keys = ['', ...order.map((i) => dictKeys[i]!)];
  const keyBytes = new TextEncoder().encode(keys.slice(1).join('\n'));
  const keyWords = Math.ceil(keyBytes.length / 4);
  const keyOrder = new Uint32Array(keys.length);
  byKey.forEach((old, i) => (keyOrder[i + 1] = renumber[old]!));
  // A varint's length does not depend on the name flag (the low bit), so the uses give the
  // pool's length without another pass over the slots (clause breaks: id 0, one byte each).
  let poolLength = 0;
  for (let old = 0; old < uses.length; old++) {
    if (uses[old]! > 0) poolLength += uses[old]! * varintLength(renumber[old]! << ID_SHIFT);
  }
  // The live slots renumbered, as loading will see them; postings are packed from these.
  const pool = new Uint8Array(poolLength);
  const slotStart = new Uint32Array(slotCount);
  let slot = 0;
  let offset = 0;
  for (const [, r] of reports) {
    for (let s = r.first; s < r.first + r.count; s++, slot++) {
      slotStart[slot] = offset;
      const t = index.slotTokens(s);
      for (let i = 0; i < t.length; i++)
        offset = writeVarint(pool, offset, renumbered(renumber, t[i]!));
    }
    if (due(r.count, SLOTS_PER_STEP)) yield;
  }
  if (offset !== poolLength) throw new Error('serializeIndex: pool length miscounted');
  const postings = yield* packPostingsSteps(
    pool,
    poolLength,
    slotStart,
    slotCount,
    keys.length,
    postingsKept(slotCount),
  );
  const postingBytes = postings.bytes.length;
  const postingWords = Math.ceil(postingBytes / 4);
  const poolWords = Math.ceil(poolLength / 4);
  const weightWords = Math.ceil(slotCount / 4);
  const words =
    4 +
    keyWords +
    2 * keys.length +
    4 +
    2 * reports.length +
    2 * slotCount +
    weightWords +
    2 * keys.length +
    1 +
    postingWords +
    poolWords +
    keys.length +
    2 * reports.length +
    1;
  const out = new Uint32Array(words);
  const floats = new Float32Array(out.buffer);
  let at = 0;
  out[at++] = MAGIC;
  out[at++] = SNAPSHOT_VERSION;
  out[at++] = keys.length;
  out[at++] = keyBytes.length;
  new Uint8Array(out.buffer, at * 4, keyBytes.length).set(keyBytes);
  at += keyWords;
  const dictWeights = index.dict.weights;
  floats[at++] = 0;
  for (const old of order) floats[at++] = dictWeights[old]!;
  out.set(keyOrder, at);
  at += keys.length;
  out[at++] = reports.length;
  out[at++] = slotCount;
  out[at++] = poolLength;
  out[at++] = postingBytes;
  for (const [id] of reports) out[at++] = id;
  for (const [, r] of reports) out[at++] = r.count;
  for (const [, r] of reports) {
    for (let s = r.first; s < r.first + r.count; s++) out[at++] = index.slotSentence.data[s]!;
    if (due(r.count, 4 * SLOTS_PER_STEP)) yield;
  }
  out.set(slotStart, at);
  at += slotCount;
  out.set(postings.start, at);
  at += keys.length + 1;
  out.set(postings.df.subarray(0, keys.length), at);
  at += keys.length;
  yield* copySteps(postings.bytes, new Uint8Array(out.buffer, at * 4, postingBytes));
  at += postingWords;
  const weightQ = new Uint8Array(out.buffer, at * 4, slotCount);
  let w = 0;
  for (const [, r] of reports) {
    for (let s = r.first; s < r.first + r.count; s++) weightQ[w++] = index.slotWeightQOf(s);
    if (due(r.count, 4 * SLOTS_PER_STEP)) yield;
  }
  at += weightWords;
  yield* copySteps(pool, new Uint8Array(out.buffer, at * 4, poolLength));
  at += poolWords;
  out[at++] = 0;
  for (const old of order) out[at++] = index.docDfOf(old);
  for (const [id] of reports) out[at++] = index.placeOf(id).story;
  for (const [id] of reports) out[at++] = index.placeOf(id).origin;
  out[at] = yield* checksumSteps(out, at);
  return new Uint8Array(out.buffer);
}

/** Bytes a copy step moves: tens of MB at 50k reports, a few ms a step. */
const BYTES_PER_STEP = 1 << 22;

/** Copies `from` into `to` (as long), in steps. */
function* copySteps(from: Uint8Array, to: Uint8Array): Steps<void> {
  for (let at = 0; at < from.length; at += BYTES_PER_STEP) {
    to.set(from.subarray(at, Math.min(from.length, at + BYTES_PER_STEP)), at);
    yield;
  }
}

/**
 * Every varint of the pool is whole and names a key: reads through the pool stay in bounds
 * (TokenPool.tokens also reads ids past the dictionary as clause breaks). Null when sound; in
 * steps of BYTES_PER_STEP bytes.
 */
function* poolCheckSteps(pool: Uint8Array, keyCount: number): Steps<string | null> {
  const limit = keyCount << ID_SHIFT;
  let value = 0;
  let shift = 0;
  for (let from = 0; from < pool.length; from += BYTES_PER_STEP) {
    const to = Math.min(pool.length, from + BYTES_PER_STEP);
    for (let i = from; i < to; i++) {
      const b = pool[i]!;
      value |= (b & 0x7f) << shift;
      if (b & 0x80) {
        shift += 7;
        if (shift > 21) return 'pool varint too long';
        continue;
      }
      if (value >>> 0 >= limit) return `token id ${value >>> ID_SHIFT}`;
      value = 0;
      shift = 0;
    }
    yield;
  }
  return shift === 0 ? null : 'pool ends inside a token';
}

function corrupt(reason: string): never {
  throw new Error(`MatchIndex.deserialize: corrupt snapshot (${reason})`);
}

export interface DeserializeOptions {
  /**
   * Leave the checks that read every byte or slot (checksum, the pool's tokens, slot starts,
   * each report id once) to `MatchIndex.verify()`, so that a cold worker answers its first page
   * before them. Meanwhile every read stays in bounds (the section sizes and postings bounds
   * are still checked; the pool reads unknown ids as clause breaks and a misplaced slot start
   * as other tokens); `serialize` verifies first, so damaged bytes are never written back.
   */
  checkLater?: boolean;
}

export function deserializeIndex<T extends SnapshotTarget>(
  bytes: Uint8Array,
  create: (dict: Dictionary) => T,
  options: DeserializeOptions = {},
): T {
  if (!(bytes instanceof Uint8Array)) corrupt('not a byte array');
  if (bytes.byteLength < 32 || bytes.byteLength % 4 !== 0)
    corrupt(`bad length ${bytes.byteLength}`);
  // Copy when the view is unaligned, so the sections can be read as 32-bit words.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  const n = words.length;
  if (words[0] !== MAGIC) corrupt('not a Corroborate index');
  if (words[1] !== SNAPSHOT_VERSION) corrupt(`version ${words[1]}, expected ${SNAPSHOT_VERSION}`);
  if (!options.checkLater && finish(checksumSteps(words, n - 1)) !== words[n - 1]) {
    corrupt('checksum mismatch');
  }
  const keyCount = words[2]!;
  const keyByteLength = words[3]!;
  let at = 4;
  const keyWords = Math.ceil(keyByteLength / 4);
  if (at + keyWords + 3 > n) corrupt('truncated dictionary');
  const keyText = new TextDecoder('utf-8', { fatal: true }).decode(
    new Uint8Array(aligned.buffer, aligned.byteOffset + at * 4, keyByteLength),
  );
  at += keyWords;
  const keys = keyCount > 1 ? ['', ...keyText.split('\n')] : [''];
  if (keys.length !== keyCount)
    corrupt(`dictionary has ${keys.length} keys, header says ${keyCount}`);
  if (at + 2 * keyCount + 4 > n) corrupt('truncated dictionary');
  const keyWeights = new Float32Array(aligned.buffer, aligned.byteOffset + at * 4, keyCount);
  at += keyCount;
  const keyOrder = words.subarray(at, (at += keyCount));
  const reportCount = words[at++]!;
  const slotCount = words[at++]!;
  const poolLength = words[at++]!;
  const postingByteLength = words[at++]!;
  const postingWords = Math.ceil(postingByteLength / 4);
  const poolWords = Math.ceil(poolLength / 4);
  const weightWords = Math.ceil(slotCount / 4);
  const expected =
    4 * reportCount + 2 * slotCount + weightWords + 3 * keyCount + 1 + postingWords + poolWords + 1;
  if (at + expected !== n) corrupt('section sizes');
  const reportIds = words.subarray(at, (at += reportCount));
  const slotsPerReport = words.subarray(at, (at += reportCount));
  const sentenceIndex = words.subarray(at, (at += slotCount));
  const slotStart = words.subarray(at, (at += slotCount));
  const postingStart = words.subarray(at, (at += keyCount + 1));
  const postingDf = words.subarray(at, (at += keyCount));
  const postingBytes = new Uint8Array(
    aligned.buffer,
    aligned.byteOffset + at * 4,
    postingByteLength,
  );
  at += postingWords;
  const slotWeightQ = new Uint8Array(aligned.buffer, aligned.byteOffset + at * 4, slotCount);
  at += weightWords;
  const pool = new Uint8Array(aligned.buffer, aligned.byteOffset + at * 4, poolLength);
  at += poolWords;
  const docDf = words.subarray(at, (at += keyCount));
  const story = words.subarray(at, (at += reportCount));
  const origin = words.subarray(at, (at += reportCount));
  let dict: Dictionary;
  try {
    dict = dictionaryFromKeys(keys, keyWeights, keyOrder);
  } catch (error) {
    corrupt(String(error instanceof Error ? error.message : error));
  }
  // Structure checks (the checksum catches damaged bytes; these, a writer's bug): every read
  // the index makes through these sections stays in bounds.
  if (!options.checkLater) {
    const poolError = finish(poolCheckSteps(pool, keyCount));
    if (poolError) corrupt(poolError);
  }
  let slots = 0;
  for (let r = 0; r < reportCount; r++) slots += slotsPerReport[r]!;
  if (slots !== slotCount) corrupt('slot counts');
  // Checks over every slot and report (1.4 M slots at 50k reports: tens of ms on a cold
  // engine). What they catch leaves every read in bounds (the pool reads a misplaced start as
  // other tokens, or as none), so with checkLater they wait, as the pool's check does.
  const checkSlots = () => {
    const seen = new Set<number>();
    for (let r = 0; r < reportCount; r++) {
      const id = reportIds[r]!;
      if (seen.has(id)) corrupt(`report ${id} twice`);
      seen.add(id);
    }
    for (let i = 0; i < slotCount; i++) {
      const next = i + 1 < slotCount ? slotStart[i + 1]! : poolLength;
      // A slot starts where the previous token's varint ended.
      if (slotStart[i]! > next || (slotStart[i]! > 0 && pool[slotStart[i]! - 1]! & 0x80)) {
        corrupt('slot starts');
      }
    }
    if (slotCount > 0 && slotStart[0] !== 0) corrupt('slot starts');
  };
  if (!options.checkLater) checkSlots();
  const postingsError = checkPostings(postingStart, postingBytes, postingDf, keyCount, slotCount);
  if (postingsError) corrupt(postingsError);
  const index = create(dict);
  index.loadSnapshot({
    reportIds,
    slotsPerReport,
    sentenceIndex,
    slotStart,
    slotWeightQ,
    pool,
    postingStart,
    postingBytes,
    postingDf,
    docDf,
    story,
    origin,
  });
  if (options.checkLater) {
    // The same checks in steps (see steps.ts): a worker runs them in slices after its first
    // answer, answering other pages in between.
    index.checkLater(function* () {
      if ((yield* checksumSteps(words, n - 1)) !== words[n - 1]) corrupt('checksum mismatch');
      checkSlots();
      yield;
      const poolError = yield* poolCheckSteps(pool, keyCount);
      if (poolError) corrupt(poolError);
    });
  }
  return index;
}

import { varintLength, writeVarint } from './postings.ts';

/** Tail bytes from which the tail grows by a quarter instead of doubling. */
const LARGE_TAIL = 1 << 22;

/**
 * The encoded tokens of every stored sentence, each as a varint, sentences back to back: a
 * snapshot's token ids are mostly below 2^14 or 2^21, so a token takes 2–3 bytes instead of a
 * Uint32's 4. Offsets below `base.length` lie in a read-only view (a loaded snapshot's section,
 * never copied or written); sentences appended later go to a growable tail after it, so the
 * first save after a cold start does not copy the whole pool.
 */
export class TokenPool {
  private base: Uint8Array;
  private tail: Uint8Array;
  private tailLength = 0;
  /** Decoded tokens of the last `tokens` call. */
  private decoded = new Uint32Array(256);

  constructor(base: Uint8Array = new Uint8Array(0), tailCapacity = 4096) {
    this.base = base;
    this.tail = new Uint8Array(tailCapacity);
  }

  /** Bytes in use: where the next sentence starts. */
  get length(): number {
    return this.base.length + this.tailLength;
  }

  /** Bytes held (the base view counts its own length only). */
  get byteSize(): number {
    return this.base.length + this.tail.byteLength;
  }

  /** Appends one sentence's encoded tokens; returns its offset. */
  append(ids: Uint32Array): number {
    const at = this.length;
    let size = 0;
    for (let i = 0; i < ids.length; i++) size += varintLength(ids[i]!);
    this.reserve(size);
    let p = this.tailLength;
    for (let i = 0; i < ids.length; i++) p = writeVarint(this.tail, p, ids[i]!);
    this.tailLength = p;
    return at;
  }

  /** Appends a sentence already encoded as varints (see `bytes`); returns its offset. */
  appendBytes(bytes: Uint8Array): number {
    const at = this.length;
    this.reserve(bytes.length);
    this.tail.set(bytes, this.tailLength);
    this.tailLength += bytes.length;
    return at;
  }

  private reserve(size: number): void {
    if (this.tailLength + size <= this.tail.length) return;
    const n = this.tail.length;
    const next = new Uint8Array(
      Math.max(this.tailLength + size, n < LARGE_TAIL ? n * 2 : n + (n >>> 2)),
    );
    next.set(this.tail.subarray(0, this.tailLength));
    this.tail = next;
  }

  /** The varint bytes of [start, end) (a view; one sentence never spans base and tail). */
  bytes(start: number, end: number): Uint8Array {
    const b = this.base.length;
    return start < b ? this.base.subarray(start, end) : this.tail.subarray(start - b, end - b);
  }

  /**
   * The array holding the sentence at `start` (the base or the tail), for reading in place:
   * its bytes are `[start - segmentOffset(start), end - segmentOffset(start))` there.
   */
  segment(start: number): Uint8Array {
    return start < this.base.length ? this.base : this.tail;
  }

  /** What to subtract from a pool offset to index `segment(start)`. */
  segmentOffset(start: number): number {
    return start < this.base.length ? 0 : this.base.length;
  }

  /**
   * The tokens of [start, end), decoded into a buffer the next call reuses. Bytes that do not
   * decode to ids below `limit` read as clause breaks: a damaged snapshot cannot lead a read
   * out of bounds (its checksum is what rejects it).
   */
  tokens(start: number, end: number, limit = 0xffffffff): Uint32Array {
    const bytes = this.bytes(start, end);
    if (this.decoded.length < bytes.length) this.decoded = new Uint32Array(bytes.length * 2);
    const out = this.decoded;
    let n = 0;
    for (let p = 0; p < bytes.length;) {
      let b = bytes[p++]!;
      let v = b & 0x7f;
      for (let shift = 7; b & 0x80 && shift < 28; shift += 7) {
        b = bytes[p++] ?? 0;
        v |= (b & 0x7f) << shift;
      }
      out[n++] = v >>> 1 < limit ? v : 0;
    }
    return out.subarray(0, n);
  }

  /** The whole pool as one array, when it is one (after `compact`: no base). */
  contiguous(): Uint8Array {
    if (this.base.length > 0 && this.tailLength > 0) throw new Error('TokenPool: two segments');
    return this.base.length > 0 ? this.base : this.tail.subarray(0, this.tailLength);
  }
}

/**
 * The index query's postings walk, one token's list per call. Kept apart from the query so
 * that a cold worker's engine optimizes these small loops within the first few sentences
 * instead of running them unoptimized until the whole query function is compiled.
 *
 * Each adds `units` to the fixed-point sum in `acc` of every slot of the list, saturating at
 * `max` (a sentence of thousands of words must not wrap a sum back to "untouched"), and
 * appends each slot it touches first to `touchedSlot`, with its weight from `weightQ` (read
 * here, where the slot's other random read is: the two cache misses overlap). Returns the
 * new count of touched slots.
 */
export function walkPacked(
  bytes: Uint8Array,
  from: number,
  to: number,
  units: number,
  max: number,
  acc: Uint16Array,
  weightQ: Uint8Array,
  touchedSlot: Uint32Array,
  touchedWeight: Uint8Array,
  touched: number,
): number {
  let slot = 0;
  for (let p = from; p < to;) {
    // Varint gap: 7 bits a byte, low bits first.
    let b = bytes[p++]!;
    let gap = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = bytes[p++]!;
      gap |= (b & 0x7f) << shift;
    }
    slot += gap;
    const sum = acc[slot]!;
    if (sum === 0) {
      touchedSlot[touched] = slot;
      touchedWeight[touched++] = weightQ[slot]!;
    }
    acc[slot] = sum + units < max ? sum + units : max;
  }
  return touched;
}

/** As walkPacked, for a list of slots not packed yet. */
export function walkSlots(
  slots: Uint32Array,
  length: number,
  units: number,
  max: number,
  acc: Uint16Array,
  weightQ: Uint8Array,
  touchedSlot: Uint32Array,
  touchedWeight: Uint8Array,
  touched: number,
): number {
  for (let p = 0; p < length; p++) {
    const slot = slots[p]!;
    const sum = acc[slot]!;
    if (sum === 0) {
      touchedSlot[touched] = slot;
      touchedWeight[touched++] = weightQ[slot]!;
    }
    acc[slot] = sum + units < max ? sum + units : max;
  }
  return touched;
}

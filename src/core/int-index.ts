import { sharedArray } from './shared-tables.js';

/**
 * A lookup table from integer keys to their positions in an array of keys: open addressing, a slot
 * holding position + 1 (0: empty), twice as many slots as keys at least (a power of two). Of equal
 * keys the first keeps the slot, so `indexOf` finds the earliest.
 */
export function buildIntIndex(keys: ArrayLike<number>, shared = false): Int32Array {
  let cap = 16;
  while (cap < keys.length * 2) cap <<= 1;
  const index = shared ? sharedArray(Int32Array, cap) : new Int32Array(cap);
  const mask = cap - 1;
  for (let k = 0; k < keys.length; k++) {
    let h = slotOf(keys[k]!, mask);
    while (index[h] !== 0 && keys[index[h]! - 1] !== keys[k]) h = (h + 1) & mask;
    if (index[h] === 0) index[h] = k + 1;
  }
  return index;
}

/** The position of `key` in `keys` (as indexed by buildIntIndex), or -1. */
export function indexOf(index: Int32Array, keys: ArrayLike<number>, key: number): number {
  const mask = index.length - 1;
  for (let h = slotOf(key, mask); ; h = (h + 1) & mask) {
    const at = index[h]!;
    if (at === 0) return -1;
    if (keys[at - 1] === key) return at - 1;
  }
}

/** Keys may be small consecutive numbers or hashes: mixed, so that both spread over the slots. */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
}

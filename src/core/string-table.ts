import { sharedArray } from './shared-tables.js';

/** A table's arrays (over SharedArrayBuffers): what a worker thread is handed instead of the words. */
export interface StringTableParts {
  readonly size: number;
  readonly chars: Uint8Array | Uint16Array;
  readonly start: Uint32Array;
  readonly vals: Int32Array;
  readonly slots: Uint32Array;
}

/**
 * A read-only map from strings to small whole numbers, held in a few typed arrays: an
 * open-addressing hash table over one block of key characters. A `Map` of 100k words costs a string
 * and a hash entry each (~9 MB of heap, every one of them marked at each full collection); this
 * costs ~3 MB of array memory the collector never walks. It is a `ReadonlyMap`, so callers that
 * only read need not know.
 */
export class StringTable implements ReadonlyMap<string, number> {
  readonly size: number;
  /** Entry e's key is chars[start[e] .. start[e + 1]]. Latin-1 keys take a byte a character. */
  private readonly chars: Uint8Array | Uint16Array;
  private readonly start: Uint32Array;
  private readonly vals: Int32Array;
  /** Hash slot -> entry + 1 (0 empty). */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  /**
   * The first value given for a key wins, as with `if (!map.has(k)) map.set(k, v)`. Given the
   * parts() of a table built before, takes its arrays as they are.
   */
  constructor(entries: Iterable<readonly [string, number]> | StringTableParts) {
    if (!(Symbol.iterator in entries)) {
      ({ size: this.size, chars: this.chars, start: this.start, vals: this.vals, slots: this.slots } = entries);
      this.mask = this.slots.length - 1;
      return;
    }
    const keys: string[] = [];
    const given: number[] = [];
    let length = 0;
    let wide = false;
    for (const [k, v] of entries) {
      keys.push(k);
      given.push(v);
      length += k.length;
      if (!wide) for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) > 0xff) wide = true;
    }
    // Shared buffers, so that parts() can be handed to worker threads (core/shared-tables.ts).
    this.chars = wide ? sharedArray(Uint16Array, length) : sharedArray(Uint8Array, length);
    this.start = sharedArray(Uint32Array, keys.length + 1);
    this.vals = sharedArray(Int32Array, keys.length);
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = sharedArray(Uint32Array, cap);
    let n = 0;
    let at = 0;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j]!;
      const s = this.slotOf(k, n);
      if (this.slots[s] !== 0) continue; // a repeat
      for (let i = 0; i < k.length; i++) this.chars[at + i] = k.charCodeAt(i);
      at += k.length;
      this.vals[n] = given[j]!;
      this.slots[s] = ++n;
      this.start[n] = at;
    }
    this.size = n;
  }

  parts(): StringTableParts {
    const { size, chars, start, vals, slots } = this;
    return { size, chars, start, vals, slots };
  }

  get(key: string): number | undefined {
    const e = this.slots[this.slotOf(key, this.size)]!;
    return e === 0 ? undefined : this.vals[e - 1];
  }

  has(key: string): boolean {
    return this.slots[this.slotOf(key, this.size)]! !== 0;
  }

  /** The slot holding `key` among the first `n` entries, or the empty slot where it would go. */
  private slotOf(key: string, n: number): number {
    const len = key.length;
    for (let s = hash(key) & this.mask; ; s = (s + 1) & this.mask) {
      const e = this.slots[s]! - 1;
      if (e < 0 || e >= n) return s;
      const from = this.start[e]!;
      if (this.start[e + 1]! - from !== len) continue;
      let i = 0;
      while (i < len && this.chars[from + i] === key.charCodeAt(i)) i++;
      if (i === len) return s;
    }
  }

  /** Iteration (no caller's hot path) goes through a Map made for the occasion. */
  private asMap(): Map<string, number> {
    const map = new Map<string, number>();
    for (let e = 0; e < this.size; e++) {
      let k = '';
      for (let i = this.start[e]!; i < this.start[e + 1]!; i++) k += String.fromCharCode(this.chars[i]!);
      map.set(k, this.vals[e]!);
    }
    return map;
  }

  entries() {
    return this.asMap().entries();
  }

  keys() {
    return this.asMap().keys();
  }

  values() {
    return this.asMap().values();
  }

  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [k, v] of this.asMap()) fn(v, k, this);
  }

  [Symbol.iterator]() {
    return this.asMap().entries();
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Integer hashing for feature keys. Features are never strings at run time: every token's word, affixes
 * and shape are hashed once, and a feature is the mix of a template id with one or two such hashes.
 * 32-bit keys over a few hundred thousand features collide rarely enough not to matter.
 */

export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a step over one UTF-16 code unit. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h | 0;
}

/** Mixes two 32-bit values (murmur3 finaliser over a combination), order-sensitive. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** A feature key from a template id and up to two values; never 0 (0 marks an empty table slot). */
export function featureKey(template: number, a: number, b = 0): number {
  const k = mix(mix(template, a), b);
  return k === 0 ? 1 : k;
}

const tagHashes = new Map<string, number>();

/** hashString of a tag (POS, chunk): tags are few and repeat at every token, so each is hashed once. */
export function hashTag(tag: string): number {
  let h = tagHashes.get(tag);
  if (h === undefined) {
    h = hashString(tag);
    if (tagHashes.size < 10_000) tagHashes.set(tag, h);
  }
  return h;
}

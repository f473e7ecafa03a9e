import { countryIndex } from '../geo/countries.js';
import { placeKey } from '../geo/place-key.js';
import type { EntityType } from '../../core/record.js';
import type { Cluster, CorefMention } from './model.js';
import { clusterType } from './model.js';
import { corefLexicons } from './lexicons.js';

/** True when `part` occurs in `whole` as a contiguous run of words. */
export function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'la', 'in', 'on']);

/** "North Atlantic Treaty Organization" -> "nato"; "United States" -> "us". */
export function acronymOf(words: readonly string[]): string {
  return words.filter((w) => !ACRONYM_SKIP.has(w)).map((w) => w[0]).join('');
}

function sameKey(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function typesAgree(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'MISC' || b === 'MISC' || (isPlace(a) && isPlace(b));
}

function isPlace(t: EntityType): boolean {
  return t === 'GPE' || t === 'LOC' || t === 'FAC';
}

/**
 * Whether a name mention may join a cluster: the same name; for people, a part of the fuller name
 * ("Karlov" of "Andrei Karlov") or the fuller name of a part; for organisations and places, a short form
 * that keeps a distinctive word ("State Department" of "U.S. State Department", "RIA" of "RIA Novosti")
 * or an acronym ("NATO", "U.S.").
 */
export function nameJoins(m: CorefMention, c: Cluster): boolean {
  if (c.unnamedGroup !== undefined || c.full.length === 0) return false;
  if (sameKey(m.key, c.full)) return true;
  const ct = clusterType(c);
  if (!typesAgree(m.type, ct)) {
    // NER sometimes types a lone surname differently from the full name.
    return ct === 'PERSON' && m.key.length === 1 && m.type !== 'GPE' && isSubsequence(m.key, c.full);
  }
  if (ct === 'PERSON' || m.type === 'PERSON') {
    return isSubsequence(m.key, c.full) || isSubsequence(c.full, m.key);
  }
  const [short, long] = m.key.length < c.full.length ? [m.key, c.full] : [c.full, m.key];
  if (short.length === long.length) return false;
  if (short.length === 1 && /^[a-z]{2,6}$/.test(short[0]!) && acronymOf(long) === short[0]) return true;
  const generic = corefLexicons().orgGeneric;
  if (short.every((w) => generic.has(w))) return false;
  // A country's name inside a longer place name is another place: "Sudan" is not "Port Sudan",
  // "Mexico" not "Mexico City".
  if (isPlace(m.type) && isPlace(ct) && countryIndex().byKey.has(placeKey(short.join(' ')))) return false;
  const atStart = short.every((w, i) => long[i] === w);
  const atEnd = short.every((w, i) => long[long.length - short.length + i] === w);
  return atStart || atEnd;
}

/**
 * Content words for text similarity: lowercase letter runs of 3+ characters (apostrophes and hyphens
 * inside a word kept), possessive 's dropped. Numbers are left out: casualty counts differ between
 * sources of one event and must not pull reports apart.
 */
const WORD = /\p{L}[\p{L}'’-]*\p{L}/gu;

export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    if (w.length >= 3) out.push(w);
  }
  return out;
}

/** A sparse vector over words. */
export type TermVector = Record<string, number>;

export function norm(v: TermVector): number {
  let s = 0;
  for (const x of Object.values(v)) s += x * x;
  return Math.sqrt(s);
}

export function normalize(v: TermVector): TermVector {
  const n = norm(v);
  if (n === 0) return {};
  const out: TermVector = {};
  for (const [k, x] of Object.entries(v)) out[k] = x / n;
  return out;
}

/** Cosine of two vectors (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return 0;
  const [small, large] = Object.keys(a).length <= Object.keys(b).length ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of Object.entries(small)) {
    const y = large[k];
    if (y !== undefined) dot += x * y;
  }
  return dot / (na * nb);
}

/** The `max` largest entries, so a centroid stays small however many records join. */
export function topTerms(v: TermVector, max: number): TermVector {
  const entries = Object.entries(v).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, max));
}

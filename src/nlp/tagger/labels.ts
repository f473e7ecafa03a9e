/**
 * Label schemes. CoNLL files use IOB1 (I- unless an entity follows another of the same type); the taggers
 * learn BILOU for names (Ratinov and Roth 2009 found it beats BIO) and BIO for chunks.
 */

export interface LabelSpan {
  readonly type: string;
  readonly start: number;
  /** One past the last token. */
  readonly end: number;
}

/** Spans from IOB1 or IOB2 tags (conlleval's reading: a chunk starts at B-, or at I- after another type or O). */
export function spansFromIob(tags: readonly string[]): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let type = '';
  let start = -1;
  const close = (i: number) => {
    if (start >= 0) spans.push({ type, start, end: i });
    start = -1;
    type = '';
  };
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 'O' || t.length < 2) {
      close(i);
      continue;
    }
    const prefix = t[0]!;
    const ty = t.slice(2);
    if (prefix === 'B' || ty !== type || start < 0) {
      close(i);
      start = i;
      type = ty;
    }
  }
  close(tags.length);
  return spans;
}

export function bilouFromSpans(spans: readonly LabelSpan[], n: number): string[] {
  const out = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = `U-${s.type}`;
    else {
      out[s.start] = `B-${s.type}`;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = `I-${s.type}`;
      out[s.end - 1] = `L-${s.type}`;
    }
  }
  return out;
}

export function bioFromSpans(spans: readonly LabelSpan[], n: number): string[] {
  const out = new Array<string>(n).fill('O');
  for (const s of spans) {
    out[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end; i++) out[i] = `I-${s.type}`;
  }
  return out;
}

/** Spans from BILOU or BIO labels as the decoder emits them (well-formed thanks to the transition mask). */
export function spansFromLabels(labels: readonly string[]): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const p = l[0];
    const ty = l.slice(2);
    if (p === 'U') {
      spans.push({ type: ty, start: i, end: i + 1 });
      start = -1;
    } else if (p === 'B') {
      if (start >= 0) spans.push({ type, start, end: i });
      start = i;
      type = ty;
    } else if (p === 'I' && start >= 0 && ty === type) {
      continue;
    } else if (p === 'L' && start >= 0 && ty === type) {
      spans.push({ type, start, end: i + 1 });
      start = -1;
    } else {
      if (start >= 0) spans.push({ type, start, end: i });
      start = p === 'I' || p === 'L' ? i : -1;
      type = ty;
      if (p === 'L') {
        spans.push({ type, start: i, end: i + 1 });
        start = -1;
      }
    }
  }
  if (start >= 0) spans.push({ type, start, end: labels.length });
  return spans;
}

/**
 * allowed[(prev + 1) * C + cur]: which label may follow which (prev -1 = sentence start).
 * BILOU: B/I must continue with I/L of the same type; anything else must start fresh (O, B, U).
 * BIO: I-X only after B-X or I-X.
 */
export function transitionMask(labels: readonly string[]): Uint8Array {
  const C = labels.length;
  const mask = new Uint8Array((C + 1) * C);
  const open = (l: string | undefined) => l !== undefined && (l[0] === 'B' || l[0] === 'I');
  const bilou = labels.some((l) => l[0] === 'L' || l[0] === 'U');
  for (let p = -1; p < C; p++) {
    const prev = p < 0 ? undefined : labels[p]!;
    for (let c = 0; c < C; c++) {
      const cur = labels[c]!;
      let ok: boolean;
      if (bilou) {
        if (open(prev)) ok = (cur[0] === 'I' || cur[0] === 'L') && cur.slice(2) === prev!.slice(2);
        else ok = cur === 'O' || cur[0] === 'B' || cur[0] === 'U';
      } else if (cur[0] === 'I') {
        ok = open(prev) && cur.slice(2) === prev!.slice(2);
      } else ok = true;
      mask[(p + 1) * C + c] = ok ? 1 : 0;
    }
  }
  return mask;
}

/** The label names of label ids (a plain loop: Array.from over a typed array with a map function is slow). */
export function labelNames(ids: Int32Array, labels: readonly string[]): string[] {
  const out = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = labels[ids[i]!]!;
  return out;
}

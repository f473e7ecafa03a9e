import type { Span } from '../../core/span.js';
import { DossierError } from '../../core/errors.js';

/** A gold attribution from a brat standoff file: each part a list of fragments (discontinuous spans). */
export interface GoldAttribution {
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
}

/**
 * Reads PolNeAR's brat standoff (a span's text may run over lines: those lines are skipped) (`T` lines: id, "Type start end[;start end...]", text; `E` lines tie
 * Source, Cue and Content to an Attribution). Attributions without a source keep an empty source.
 */
export function parseBrat(ann: string, origin: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const out: GoldAttribution[] = [];
  const events: string[][] = [];
  for (const [n, line] of ann.split('\n').entries()) {
    if (!line.trim()) continue;
    const cols = line.split('\t');
    if (/^T\d+\t/.test(line)) {
      const [, head] = cols;
      if (!head) throw new DossierError('INVALID_JSON', `${origin}:${n + 1}: malformed brat T line`);
      const [, ...ranges] = head.split(' ');
      const fragments = ranges.join(' ').split(';').map((r) => {
        const [a, b] = r.trim().split(/\s+/).map(Number);
        if (!Number.isInteger(a) || !Number.isInteger(b)) throw new DossierError('INVALID_JSON', `${origin}:${n + 1}: bad offsets "${r}"`);
        return { start: a!, end: b! };
      });
      spans.set(cols[0]!, fragments);
    } else if (/^E\d+\t/.test(line)) {
      events.push((cols[1] ?? '').split(' '));
    }
  }
  for (const args of events) {
    const part = { source: [] as Span[], cue: [] as Span[], content: [] as Span[] };
    for (const arg of args) {
      const [role, id] = arg.split(':');
      const frag = spans.get(id ?? '') ?? [];
      if (role === 'Source') part.source.push(...frag);
      else if (role === 'Cue') part.cue.push(...frag);
      else if (role === 'Content') part.content.push(...frag);
    }
    out.push(part);
  }
  return out;
}

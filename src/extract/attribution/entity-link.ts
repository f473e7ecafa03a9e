import type { Document } from '../../core/document.js';
import type { Speaker } from '../../core/record.js';
import { contains, overlaps, type Span } from '../../core/span.js';

/**
 * The speaker or source as the record prints it, with the entity it refers to when coreference has
 * run: the entity with a mention inside the span (the earliest one, which is the head of a
 * post-modified phrase: "a man wearing a suit" -> "a man"), else one whose mention covers the span
 * ("he" inside a longer mention). Without an entities layer there is no entityId.
 */
export function speakerOf(doc: Document, span: Span): Speaker {
  const speaker: Speaker = { text: doc.text.slice(span.start, span.end), start: span.start, end: span.end };
  const entityId = entityFor(doc, span);
  return entityId ? { ...speaker, entityId } : speaker;
}

export function entityFor(doc: Document, span: Span): string | undefined {
  const entities = doc.maybe('entities');
  if (!entities) return undefined;
  let best: { id: string; start: number; inside: boolean; length: number } | undefined;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!overlaps(m, span)) continue;
      const inside = contains(span, m);
      const covers = contains(m, span);
      if (!inside && !covers) continue;
      const cand = { id: e.id, start: m.start, inside, length: m.end - m.start };
      if (
        !best ||
        (cand.inside && !best.inside) ||
        (cand.inside === best.inside && (cand.start < best.start || (cand.start === best.start && cand.length > best.length)))
      ) {
        best = cand;
      }
    }
  }
  return best?.id;
}

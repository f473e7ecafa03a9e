import type { Document } from '../../core/document.js';
import type { Entity, Speaker } from '../../core/record.js';
import { contains, overlaps, type Span } from '../../core/span.js';

/**
 * The speaker or source as the record prints it, with the entity it refers to when coreference has
 * run. Without an entities layer there is no entityId.
 */
export function speakerOf(doc: Document, span: Span): Speaker {
  const speaker: Speaker = { text: doc.text.slice(span.start, span.end), start: span.start, end: span.end };
  const entityId = entityFor(doc, span);
  return entityId ? { ...speaker, entityId } : speaker;
}

/**
 * How well a mention stands for the whole phrase: the phrase itself or a mention around it ("he");
 * the head at the end ("Spokesman John Kirby", "Russia's news agency, RIA"); a person at the start of
 * a post-modified phrase ("a man wearing a suit"); a name elsewhere. A possessive ("Russia's") or a
 * place or group before a noun ("Turkish media") only modifies the phrase and does not count.
 */
function fit(text: string, span: Span, m: Span, type: Entity['type']): number {
  if (contains(m, span)) return 4;
  if (!contains(span, m)) return 0;
  if (/^['’]s?\b/.test(text.slice(m.end, m.end + 2))) return 0;
  if (m.end === span.end) return 3;
  const modifier = /^ \p{L}/u.test(text.slice(m.end, m.end + 2));
  if (modifier && type !== 'PERSON') return 0;
  return m.start === span.start ? 2 : 1;
}

export function entityFor(doc: Document, span: Span): string | undefined {
  const entities = doc.maybe('entities');
  if (!entities) return undefined;
  let best: { id: string; score: number; start: number } | undefined;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!overlaps(m, span)) continue;
      const score = fit(doc.text, span, m, e.type);
      if (score > 0 && (!best || score > best.score || (score === best.score && m.start < best.start))) {
        best = { id: e.id, score, start: m.start };
      }
    }
  }
  return best?.id;
}

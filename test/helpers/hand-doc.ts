import { Document } from '../../src/core/document.js';
import type { Mention } from '../../src/core/layers.js';
import type { EntityType } from '../../src/core/record.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { splitSentences } from '../../src/nlp/sentences.js';

/**
 * A hand-made document, spaCy-style: tokens and sentences from our tokenizer, and NER mentions
 * given by hand as [surface, type]; every occurrence of the surface (whole tokens, longest first) is a mention.
 */
export function handDoc(text: string, names: readonly (readonly [string, EntityType])[] = []): Document {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, type] of sorted) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(surface, from);
      if (at < 0) break;
      from = at + surface.length;
      const ts = tokens.findIndex((t) => t.start === at);
      const te = tokens.findIndex((t) => t.end === at + surface.length);
      if (ts < 0 || te < 0) continue;
      let free = true;
      for (let i = ts; i <= te; i++) if (taken.has(i)) free = false;
      if (!free) continue;
      for (let i = ts; i <= te; i++) taken.add(i);
      mentions.push({ start: at, end: at + surface.length, text: surface, type, tokenStart: ts, tokenEnd: te + 1 });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return new Document(text, {}, { tokens, sentences, mentions });
}

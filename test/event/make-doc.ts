import { Document } from '../../src/core/document.js';
import type { Layers, Mention, Section } from '../../src/core/layers.js';
import type { EntityType } from '../../src/core/record.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { splitSentences } from '../../src/nlp/sentences.js';

/**
 * A hand-made document for event tests: parts joined as ingest joins them, with the sections
 * marked, tokens and sentences from our tokenizer, and any extra layers given by hand.
 */
export function makeDoc(parts: { title?: string; lead?: string; body: string; caption?: string }, extra: Partial<Layers> = {}): Document {
  let text = '';
  const sections: Section[] = [];
  const add = (kind: Section['kind'], s?: string) => {
    if (!s) return;
    if (text) text += '\n\n';
    sections.push({ kind, start: text.length, end: text.length + s.length });
    text += s;
  };
  add('title', parts.title);
  add('lead', parts.lead);
  add('body', parts.body);
  add('caption', parts.caption);
  const tokens = tokenize(text);
  return new Document(text, {}, { sections, tokens, sentences: splitSentences(text, tokens), ...extra });
}

/** A hand-made document with NER mentions given by hand: each listed text, every occurrence, with its token range. */
export function withMentions(parts: Parameters<typeof makeDoc>[0], list: { text: string; type: EntityType }[]): Document {
  const bare = makeDoc(parts);
  const tokens = bare.get('tokens');
  const mentions: Mention[] = [];
  for (const { text, type } of list) {
    for (let i = bare.text.indexOf(text); i >= 0; i = bare.text.indexOf(text, i + 1)) {
      const tokenStart = tokens.findIndex((t) => t.start === i);
      const tokenEnd = tokens.findIndex((t) => t.end === i + text.length) + 1;
      mentions.push({ text, type, start: i, end: i + text.length, tokenStart, tokenEnd });
    }
  }
  return makeDoc(parts, { mentions: mentions.sort((a, b) => a.start - b.start) });
}

/** Offsets of the first occurrence of `needle` in the document text. */
export function at(doc: Document, needle: string): { start: number; end: number; text: string } {
  const start = doc.text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the test text`);
  return { start, end: start + needle.length, text: needle };
}

import type { Section } from '../core/layers.js';
import type { DocumentMeta } from '../core/document.js';

/** An article as read from its source, before any NLP: its parts and what is known about it. */
export interface RawArticle {
  readonly title?: string;
  readonly lead?: string;
  readonly body: string;
  readonly meta: DocumentMeta;
}

/**
 * Joins title, lead and body into one text, a blank line apart, and marks where each lies:
 * news puts the main event in the title and lead, so later stages weigh them, and they are
 * part of the text that offsets index.
 */
export function assembleArticle(article: RawArticle): { text: string; sections: Section[] } {
  const parts: { kind: Section['kind']; text: string }[] = [];
  if (article.title?.trim()) parts.push({ kind: 'title', text: article.title.trim() });
  if (article.lead?.trim()) parts.push({ kind: 'lead', text: article.lead.trim() });
  parts.push({ kind: 'body', text: article.body });
  let text = '';
  const sections: Section[] = [];
  for (const p of parts) {
    if (text) text += '\n\n';
    sections.push({ kind: p.kind, start: text.length, end: text.length + p.text.length });
    text += p.text;
  }
  return { text, sections };
}

import { ExtractService } from '../../src/app/extract-service.js';
import type { DossierEvent } from '../../src/core/record.js';
import { parseArticleText } from '../../src/ingest/read-input.js';

const service = new ExtractService();

/** The main event of an article given as its title and paragraphs, through the whole pipeline (tags, NER, quotes). */
export function eventOf(title: string, ...paragraphs: string[]): DossierEvent {
  return service.extractArticle({ title, body: paragraphs.join('\n\n'), meta: { title, format: 'text' } }).record.event;
}

/** The same, for an article published on `published` (YYYY-MM-DD), which dates its weekdays. */
export function eventOn(published: string, title: string, ...paragraphs: string[]): DossierEvent {
  return service.extractArticle({ title, body: paragraphs.join('\n\n'), meta: { title, format: 'text', published } }).record.event;
}

/** The event's why for an article given as its text (the first line its title), through the whole pipeline (tags, quotes and all). */
export function whyOf(...paragraphs: string[]): string | null {
  return service.extractArticle(parseArticleText(paragraphs.join('\n\n'), 'why.txt', 'text')).record.event.why?.text ?? null;
}

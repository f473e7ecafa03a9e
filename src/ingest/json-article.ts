import { z } from 'zod';
import { DossierError } from '../core/errors.js';
import type { RawArticle } from './article.js';
import { readHtml } from './html.js';
import { isoDate } from './dates.js';

/** A JSON article: `text` or `html` holds the body; title and lead become part of the document. */
export const JsonArticleSchema = z
  .object({
    title: z.string().optional(),
    lead: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    published: z.string().optional(),
    publisher: z.string().optional(),
  })
  .refine((a) => (a.text?.trim() ?? '') !== '' || (a.html?.trim() ?? '') !== '', { message: 'needs a non-empty "text" or "html" field' });

export type JsonArticle = z.infer<typeof JsonArticleSchema>;

export function parseJsonArticle(source: string, origin: string): RawArticle {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (err) {
    throw new DossierError('INVALID_JSON', `${origin}: invalid JSON (${(err as Error).message})`);
  }
  return jsonArticle(value, origin);
}

export function jsonArticle(value: unknown, origin: string): RawArticle {
  const parsed = JsonArticleSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `field "${issue.path.join('.')}": ` : '';
    throw new DossierError('INVALID_JSON', `${origin}: not an article object (${where}${issue?.message ?? 'invalid'})`);
  }
  const a = parsed.data;
  const fromHtml = !a.text?.trim() && a.html ? readHtml(a.html, origin, a.url) : undefined;
  const title = a.title?.trim() || fromHtml?.title;
  return {
    title,
    lead: a.lead,
    body: a.text?.trim() ? a.text : fromHtml!.body,
    meta: {
      origin,
      format: 'json',
      url: a.url ?? fromHtml?.meta.url,
      title,
      publisher: a.publisher ?? fromHtml?.meta.publisher,
      published: isoDate(a.published) ?? fromHtml?.meta.published,
    },
  };
}

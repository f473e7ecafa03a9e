import { createHash } from 'node:crypto';
import { DossierError } from '../core/errors.js';
import type { RawArticle } from '../ingest/article.js';
import { isIsoDate } from '../ingest/dates.js';
import { parseArticleText, readInput } from '../ingest/read-input.js';
import { LIMITS } from '../ingest/limits.js';

/** What a client sends to have one article extracted: exactly one of text, html or url. */
export interface ArticleRequest {
  readonly text?: string;
  readonly html?: string;
  readonly url?: string;
  /** Reference date (YYYY-MM-DD) for relative times when the article states none. */
  readonly date?: string;
  readonly title?: string;
}

export interface RequestOptions {
  /** Let `url` reach loopback and private addresses (refused otherwise: SSRF). */
  readonly allowPrivateUrls?: boolean;
}

/**
 * Turns a request into an article, with the same checks as the CLI's input: one source, a size
 * limit, a real calendar date, and the SSRF guard for URLs. Also returns the hash of the raw
 * input, which the store uses to recognise a re-submitted article.
 */
export async function readArticleRequest(req: ArticleRequest, opts: RequestOptions = {}): Promise<{ article: RawArticle; contentHash: string }> {
  const given = (['text', 'html', 'url'] as const).filter((k) => req[k] !== undefined);
  if (given.length !== 1) {
    throw new DossierError('USAGE', given.length === 0 ? 'request: give one of "text", "html" or "url"' : `request: give only one of "text", "html" or "url" (got ${given.join(', ')})`);
  }
  if (req.date !== undefined && !isIsoDate(req.date)) {
    throw new DossierError('USAGE', `request: "date" ${JSON.stringify(req.date)} is not a calendar date in the form YYYY-MM-DD`);
  }
  let article: RawArticle;
  let raw: string;
  if (req.url !== undefined) {
    // Checked before reading: readInput would take anything else for a local file path.
    if (!/^https?:\/\//i.test(req.url)) throw new DossierError('USAGE', `request: "url" ${JSON.stringify(req.url)} is not an http(s) URL`);
    raw = req.url;
    article = await readInput(req.url, { allowPrivateUrls: opts.allowPrivateUrls });
  } else {
    const kind = req.text !== undefined ? 'text' : 'html';
    raw = (req.text ?? req.html)!;
    if (Buffer.byteLength(raw) > LIMITS.maxInputBytes) {
      throw new DossierError('TOO_LARGE', `request: "${kind}" is over the ${LIMITS.maxInputBytes}-byte limit`);
    }
    article = parseArticleText(kind === 'html' ? asPage(raw) : raw, `request ${kind}`, kind, undefined, !req.title?.trim());
  }
  if (req.title?.trim()) article = { ...article, title: req.title.trim(), meta: { ...article.meta, title: req.title.trim() } };
  return { article, contentHash: createHash('sha256').update(raw).digest('hex') };
}

/**
 * A pasted HTML fragment (no <html> or <body>) is put inside a page: the HTML reader looks for the
 * article in the document's body, which a bare fragment does not get.
 */
function asPage(html: string): string {
  return /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
}

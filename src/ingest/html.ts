import { createRequire } from 'node:module';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { DossierError } from '../core/errors.js';
import type { RawArticle } from './article.js';
import { blockText, treeSize } from './html-text.js';
import { isoDate } from './dates.js';
import { LIMITS } from './limits.js';
import { dropFurnitureLines, pruneContent, removeFurniture } from './html-prune.js';

/**
 * linkedom and Readability load on the first HTML page (their CommonJS builds, synchronously): a
 * batch of plain text, and every worker thread that only ever sees text, saves ~150 ms of module
 * loading at start-up.
 */
let libraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function htmlLibraries() {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
      Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
    };
  }
  return libraries;
}
function parseHTML(source: string): ReturnType<typeof ParseHtml> {
  return htmlLibraries().parseHTML(source);
}

/** Page metadata that news sites put in <meta> tags and JSON-LD. */
interface PageMeta {
  title?: string;
  publisher?: string;
  published?: string;
  byline?: string;
  url?: string;
}

/**
 * HTML page -> article: Readability (Firefox Reader View) on linkedom picks the body; the title,
 * byline, date and site name come from Readability and the page's meta tags.
 */
export function readHtml(source: string, origin: string, url?: string): RawArticle {
  // A fragment ("<p>...</p>", as JSON articles and pasted text carry) becomes a page, so it has a body.
  const html = /<(?:html|body)[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  const meta = pageMeta(document as never);
  // Readability on the page without its furniture, and on the page as it is: furniture removal must
  // only ever drop a little text, so when it loses much more than that the plain run wins.
  // Readability recurses over the tree: a page nested deeper than any real one, or with far more
  // elements, is read as plain blocks instead (hostile input must not overflow the stack or hang).
  const size = treeSize(document as never, LIMITS.maxHtmlDepth, LIMITS.maxHtmlElements);
  const readable = size.depth <= LIMITS.maxHtmlDepth && size.nodes <= LIMITS.maxHtmlElements;
  const pruned = readable ? readabilityBody(document as never, true) : { parsed: null, body: '' };
  const plain = readable ? readabilityBody(parseHTML(html).document as never, false) : { parsed: null, body: '' };
  const parsed = pruned.parsed ?? plain.parsed;
  let body = pruned.body.length >= 0.7 * plain.body.length ? pruned.body : plain.body;
  if (!body.trim()) {
    const fallback = parseHTML(html).document;
    body = dropFurnitureLines(blockText((fallback.body ?? fallback.documentElement) as never));
  }
  if (!body.trim()) throw new DossierError('UNUSABLE_ARTICLE', `${origin}: no article text found in the HTML`);
  const title = clean(parsed?.title) ?? meta.title;
  return {
    title,
    body: dropRepeatedTitle(body, title),
    meta: {
      origin,
      format: 'html',
      url: url ?? meta.url,
      title,
      publisher: clean(parsed?.siteName) ?? meta.publisher,
      byline: clean(parsed?.byline) ?? meta.byline,
      published: isoDate(parsed?.publishedTime ?? undefined) ?? meta.published,
    },
  };
}

function readabilityBody(document: ReturnType<typeof parseHTML>['document'], removePageFurniture: boolean) {
  if (removePageFurniture) removeFurniture(document as never);
  // Readability's types expect the browser's Document; linkedom's is compatible at run time.
  const parsed = new (htmlLibraries().Readability)(document as unknown as globalThis.Document, { charThreshold: 300 }).parse();
  if (!parsed?.content) return { parsed, body: '' };
  const content = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document;
  pruneContent(content as never);
  return { parsed, body: dropFurnitureLines(blockText(content.body as never)) };
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** Readability sometimes keeps the <h1> in the body: drop it there, since the title leads the text. */
function dropRepeatedTitle(body: string, title: string | undefined): string {
  if (!title) return body;
  const firstBreak = body.indexOf('\n');
  const first = (firstBreak < 0 ? body : body.slice(0, firstBreak)).trim();
  return first === title && firstBreak > 0 ? body.slice(firstBreak).trim() : body;
}

function pageMeta(document: ReturnType<typeof parseHTML>['document']): PageMeta {
  const get = (...selectors: string[]) => {
    for (const sel of selectors) {
      const v = document.querySelector(sel)?.getAttribute('content');
      if (v?.trim()) return v.trim();
    }
    return undefined;
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  return {
    title: get('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? clean(document.querySelector('title')?.textContent),
    publisher: get('meta[property="og:site_name"]', 'meta[name="application-name"]'),
    published: isoDate(get('meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]')),
    byline: get('meta[name="author"]', 'meta[property="article:author"]'),
    url: get('meta[property="og:url"]') ?? canonical,
  };
}

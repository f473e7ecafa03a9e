import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DossierError } from '../core/errors.js';
import type { RawArticle } from './article.js';
import { decodeText, requireNonEmpty } from './decode.js';
import { readHtml } from './html.js';
import { parseJsonArticle } from './json-article.js';
import { fetchUrl } from './fetch-url.js';
import { LIMITS } from './limits.js';
import { splitHeadline } from './text-headline.js';

export type InputFormat = 'text' | 'html' | 'json';

export interface ReadOptions {
  /** Force a format instead of guessing from the extension, content type or content. */
  readonly format?: InputFormat;
  /** The article's URL when the input is a saved file. */
  readonly url?: string;
  readonly allowPrivateUrls?: boolean;
  readonly stdin?: NodeJS.ReadableStream;
}

/** Reads FILE, URL or "-" (stdin) into an article, with one clear error for each kind of bad input. */
export async function readInput(spec: string, opts: ReadOptions = {}): Promise<RawArticle> {
  if (spec === '-') {
    const bytes = await readStream(opts.stdin ?? process.stdin, 'stdin');
    return parseArticle(bytes, 'stdin', opts.format, opts.url);
  }
  if (/^https?:\/\//i.test(spec)) {
    const fetched = await fetchUrl(spec, { allowPrivate: opts.allowPrivateUrls });
    const format = opts.format ?? formatFromContentType(fetched.contentType);
    return parseArticle(fetched.bytes, fetched.url, format, opts.url ?? fetched.url);
  }
  let info;
  try {
    info = await stat(spec);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DossierError('NOT_FOUND', `${spec}: no such file`);
    if (code === 'EACCES') throw new DossierError('NOT_FOUND', `${spec}: permission denied`);
    throw new DossierError('NOT_FOUND', `${spec}: cannot read (${code ?? 'error'})`);
  }
  if (info.isDirectory()) throw new DossierError('USAGE', `${spec}: is a folder; give a file (use "dossier ingest" for folders)`);
  if (info.size > LIMITS.maxInputBytes) {
    throw new DossierError('TOO_LARGE', `${spec}: ${info.size} bytes is over the ${LIMITS.maxInputBytes}-byte limit (DOSSIER_MAX_INPUT_BYTES)`);
  }
  const bytes = await readFile(spec);
  return parseArticle(bytes, spec, opts.format ?? formatFromExtension(spec), opts.url);
}

/** Bytes of a known origin into an article, guessing the format from the content when not given. */
export function parseArticle(bytes: Uint8Array, origin: string, format?: InputFormat, url?: string): RawArticle {
  if (bytes.length > LIMITS.maxInputBytes) {
    throw new DossierError('TOO_LARGE', `${origin}: ${bytes.length} bytes is over the ${LIMITS.maxInputBytes}-byte limit`);
  }
  const text = requireNonEmpty(decodeText(bytes, origin), origin);
  return parseArticleText(text, origin, format, url);
}

/**
 * `headline`: whether a plain text's first line may be its headline (splitHeadline); false when
 * the caller has the title from elsewhere (an API request's "title").
 */
export function parseArticleText(text: string, origin: string, format?: InputFormat, url?: string, headline = true): RawArticle {
  requireNonEmpty(text, origin);
  const kind = format ?? sniffFormat(text);
  if (kind === 'json') {
    const article = parseJsonArticle(text, origin);
    return url ? { ...article, meta: { ...article.meta, url } } : article;
  }
  if (kind === 'html') return readHtml(text, origin, url);
  const { title, body } = headline ? splitHeadline(text) : { title: undefined, body: text };
  if (title === undefined) return { body: text, meta: { origin, format: 'text', url } };
  return { title, body, meta: { origin, format: 'text', url, title } };
}

function formatFromExtension(path: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.json') return 'json';
  if (ext === '.txt' || ext === '.text' || ext === '.md') return 'text';
  return undefined;
}

function formatFromContentType(type: string): InputFormat | undefined {
  if (/html|xml/i.test(type)) return 'html';
  if (/json/i.test(type)) return 'json';
  if (/text\/plain/i.test(type)) return 'text';
  return undefined;
}

function sniffFormat(text: string): InputFormat {
  const head = text.trimStart().slice(0, 1024).toLowerCase();
  if (head.startsWith('{')) return 'json';
  if (/^<(!doctype html|html|head|body|article|div|p[\s>])/.test(head) || /<(html|body)[\s>]/.test(head)) return 'html';
  return 'text';
}

async function readStream(stream: NodeJS.ReadableStream, origin: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > LIMITS.maxInputBytes) {
      throw new DossierError('TOO_LARGE', `${origin}: input is over the ${LIMITS.maxInputBytes}-byte limit (DOSSIER_MAX_INPUT_BYTES)`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

import { DossierError } from '../core/errors.js';
import { LIMITS } from './limits.js';
import { assertPublicUrl } from './address-guard.js';

export interface FetchOptions {
  readonly allowPrivate?: boolean;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

export interface Fetched {
  readonly url: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

const READABLE = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/json|text\/xml|application\/xml)/i;

/**
 * GETs a news page: http(s) only, a time limit for the whole exchange, redirects followed by hand
 * (each hop checked against private addresses again), the body cut off at the size limit, and only
 * HTML, text or JSON accepted.
 */
export async function fetchUrl(spec: string, opts: FetchOptions = {}): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new DossierError('USAGE', `${spec}: not a valid URL`);
  }
  const maxBytes = opts.maxBytes ?? LIMITS.maxInputBytes;
  const signal = AbortSignal.timeout(opts.timeoutMs ?? LIMITS.fetchTimeoutMs);
  for (let hop = 0; hop <= LIMITS.maxRedirects; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new DossierError('USAGE', `${url.href}: only http and https URLs can be fetched`);
    }
    if (!opts.allowPrivate) await assertPublicUrl(url);
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': 'dossier/0.1 (+news fact extraction)', accept: 'text/html,application/xhtml+xml,text/plain,application/json;q=0.9,*/*;q=0.1' } });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      const why = e.name === 'TimeoutError' || e.name === 'AbortError' ? 'timed out' : e.cause?.code ?? e.message;
      throw new DossierError('FETCH_FAILED', `${url.href}: fetch failed (${why})`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      url = new URL(res.headers.get('location')!, url);
      await res.body?.cancel();
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new DossierError('FETCH_FAILED', `${url.href}: HTTP ${res.status} ${res.statusText}`.trim());
    }
    const contentType = res.headers.get('content-type') ?? '';
    if (contentType && !READABLE.test(contentType)) {
      await res.body?.cancel();
      throw new DossierError('UNSUPPORTED_TYPE', `${url.href}: content type "${contentType}" is not HTML, text or JSON`);
    }
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new DossierError('TOO_LARGE', `${url.href}: ${declared} bytes is over the ${maxBytes}-byte limit`);
    }
    const bytes = await readCapped(res, maxBytes, url.href);
    return { url: url.href, contentType, bytes };
  }
  throw new DossierError('FETCH_FAILED', `${spec}: more than ${LIMITS.maxRedirects} redirects`);
}

async function readCapped(res: Response, maxBytes: number, href: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!res.body) return new Uint8Array();
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) throw new DossierError('TOO_LARGE', `${href}: response is over the ${maxBytes}-byte limit`);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof DossierError) throw err;
    throw new DossierError('FETCH_FAILED', `${href}: reading the response failed (${(err as Error).message})`);
  }
  return Buffer.concat(chunks);
}

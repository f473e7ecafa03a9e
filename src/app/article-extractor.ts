import { DossierError } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import type { RawArticle } from '../ingest/article.js';
import { createThreadPool, type Extractor } from './extract-pool.js';
import type { ExtractOptions } from './extract-service.js';

/** Turns one article into its record: the server's view of extraction (an ExtractService is one). */
export interface ArticleExtractor {
  extractArticle(article: RawArticle, opts?: ExtractOptions): { readonly record: DossierRecord } | Promise<{ readonly record: DossierRecord }>;
}

/**
 * Extraction in worker threads, for the server: a long article then takes a worker's time, not the
 * event loop's, so other requests (health, search, the page) are answered meanwhile. Errors come
 * back as the DossierErrors the same article would raise in this thread.
 */
export class ThreadedArticleExtractor implements ArticleExtractor {
  private readonly pool: Extractor;

  constructor(threads: number) {
    this.pool = createThreadPool(threads);
  }

  async extractArticle(article: RawArticle, opts: ExtractOptions = {}): Promise<{ readonly record: DossierRecord }> {
    const outcome = await this.pool.extract({
      origin: article.meta.origin ?? 'input', contentHash: '', input: { kind: 'article', article }, ...(opts.date !== undefined ? { date: opts.date } : {}),
    });
    if (!outcome.ok) throw new DossierError(outcome.code, outcome.message);
    return { record: outcome.record };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

import { toDossierError, type ErrorCode } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import { articleOf, type BatchItem } from '../ingest/batch.js';
import type { ExtractOptions, ExtractService } from './extract-service.js';

/** What extracting one batch item gives: a record, or the one-line error naming the item. */
export type ExtractOutcome =
  | { readonly ok: true; readonly record: DossierRecord; readonly tokens: number }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** The same code runs in a worker thread and in-process, so both report alike. */
export function extractItem(service: ExtractService, item: BatchItem, opts: ExtractOptions): ExtractOutcome {
  try {
    const { record, doc } = service.extractArticle(articleOf(item), item.date !== undefined ? { ...opts, date: item.date } : opts);
    return { ok: true, record, tokens: doc.maybe('tokens')?.length ?? 0 };
  } catch (err) {
    const e = toDossierError(err);
    const message = e.message.startsWith(item.origin) ? e.message : `${item.origin}: ${e.message}`;
    return { ok: false, code: e.code, message };
  }
}

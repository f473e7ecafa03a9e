import { toDossierError, type ErrorCode } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import { articleOf, type BatchItem } from '../ingest/batch.js';
import type { AnnotatedArticle, ExtractOptions, ExtractService } from './extract-service.js';

/** What extracting one batch item gives: a record, or the one-line error naming the item. */
export type ExtractOutcome =
  | { readonly ok: true; readonly record: DossierRecord; readonly tokens: number }
  | Failure;

/** What the first part of a split pipeline gives for one item (see ExtractService.annotateArticle). */
export type AnnotateOutcome = { readonly ok: true; readonly annotated: AnnotatedArticle } | Failure;

type Failure = { readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** The same code runs in a worker thread and in-process, so both report alike. */
export function extractItem(service: ExtractService, item: BatchItem, opts: ExtractOptions): ExtractOutcome {
  return outcomeOf(item, () => {
    const { record, doc } = service.extractArticle(articleOf(item), optionsFor(item, opts));
    return { ok: true, record, tokens: doc.maybe('tokens')?.length ?? 0 };
  });
}

/** The first part of a split pipeline over one item, on a service that holds that part. */
export function annotateItem(service: ExtractService, item: BatchItem, opts: ExtractOptions): AnnotateOutcome {
  return outcomeOf(item, () => ({ ok: true, annotated: service.annotateArticle(articleOf(item), optionsFor(item, opts)) }));
}

/** The rest of a split pipeline over what annotateItem gave, on a service that holds the rest. */
export function finishItem(service: ExtractService, item: BatchItem, annotated: AnnotatedArticle): ExtractOutcome {
  return outcomeOf(item, () => {
    const { record, doc } = service.finishArticle(annotated);
    return { ok: true, record, tokens: doc.maybe('tokens')?.length ?? 0 };
  });
}

function optionsFor(item: BatchItem, opts: ExtractOptions): ExtractOptions {
  return item.date !== undefined ? { ...opts, date: item.date } : opts;
}

function outcomeOf<T extends { readonly ok: true }>(item: BatchItem, run: () => T): T | Failure {
  try {
    return run();
  } catch (err) {
    const e = toDossierError(err);
    const message = e.message.startsWith(item.origin) ? e.message : `${item.origin}: ${e.message}`;
    return { ok: false, code: e.code, message };
  }
}

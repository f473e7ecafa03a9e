import { Document, type DocumentParts } from '../core/document.js';
import { pageDate } from '../nlp/times/page-date.js';
import { DossierError } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import { assembleArticle, type RawArticle } from '../ingest/article.js';
import { isIsoDate } from '../ingest/dates.js';
import { LIMITS } from '../ingest/limits.js';
import { readInput, type ReadOptions } from '../ingest/read-input.js';
import { checkPipeline, runPipeline, type StageTiming } from '../pipeline/runner.js';
import { INITIAL_LAYERS, pipelineStages } from '../pipeline/registry.js';
import { isRewriteStage, type AnyStage, type StageContext } from '../pipeline/stage.js';
import type { LayerName } from '../core/layers.js';
import { buildRecord } from '../record/build-record.js';

export interface ExtractOptions {
  /** Reference date (YYYY-MM-DD) used when the article states none. */
  readonly date?: string;
  /** Cleaning on (default) or off. */
  readonly clean?: boolean;
}

/**
 * An article after the first part of a split pipeline (see annotateArticle): plain data, so that
 * it can be handed from the thread that ran that part to the one that finishes it.
 */
export interface AnnotatedArticle {
  readonly doc: DocumentParts;
  readonly ctx: StageContext;
}

export interface ExtractResult {
  readonly record: DossierRecord;
  readonly doc: Document;
  readonly timings: readonly StageTiming[];
}

/**
 * The one way to turn an article into a record; the CLI, the server and the workers all call it.
 * The stage list is built and checked once per service. A service may hold a part of the
 * pipeline: `annotateArticle` on one holding the first part, `finishArticle` on one holding the
 * rest (built with the layers the first part leaves), give what `extractArticle` gives on one.
 */
export class ExtractService {
  private readonly stages: AnyStage[];

  constructor(stages: AnyStage[] = pipelineStages(), initial: readonly LayerName[] = INITIAL_LAYERS) {
    checkPipeline(stages, initial);
    this.stages = stages;
  }

  async extractInput(spec: string, read: ReadOptions = {}, opts: ExtractOptions = {}): Promise<ExtractResult> {
    return this.extractArticle(await readInput(spec, read), opts);
  }

  extractArticle(article: RawArticle, opts: ExtractOptions = {}): ExtractResult {
    const { doc, ctx } = startDocument(article, opts);
    return this.finish(doc, ctx);
  }

  /** This service's stages over a new document, without the record: the first part of a split pipeline. */
  annotateArticle(article: RawArticle, opts: ExtractOptions = {}): AnnotatedArticle {
    const { doc, ctx } = startDocument(article, opts);
    return { doc: runPipeline(this.stages, doc, ctx).doc.toParts(), ctx };
  }

  /** This service's stages over a document the first part annotated, and the record. */
  finishArticle(annotated: AnnotatedArticle): ExtractResult {
    return this.finish(Document.fromParts(annotated.doc), annotated.ctx);
  }

  /** Each stage's warm-up (see Stage.warmUp): for a caller about to extract many articles, with time to spare now. */
  warmUp(): void {
    for (const stage of this.stages) if (!isRewriteStage(stage)) stage.warmUp?.();
  }

  private finish(doc: Document, ctx: StageContext): ExtractResult {
    const { doc: annotated, timings } = runPipeline(this.stages, doc, ctx);
    return { record: buildRecord(annotated), doc: annotated, timings };
  }
}

/** The article checked and made a document with its sections, and the context its stages run in. */
function startDocument(article: RawArticle, opts: ExtractOptions): { doc: Document; ctx: StageContext } {
  if (opts.date !== undefined && !isIsoDate(opts.date)) {
    throw new DossierError('USAGE', `--date ${opts.date}: not a calendar date in the form YYYY-MM-DD`);
  }
  const { text, sections } = assembleArticle(article);
  const origin = article.meta.origin ?? 'input';
  if (!text.trim()) throw new DossierError('EMPTY_INPUT', `${origin}: input is empty or only whitespace`);
  if (text.length > LIMITS.maxTextChars) {
    throw new DossierError('TOO_LARGE', `${origin}: article text of ${text.length} characters is over the ${LIMITS.maxTextChars}-character limit (DOSSIER_MAX_TEXT_CHARS)`);
  }
  const doc = new Document(text, article.meta, { sections });
  // With no date given, the page's own timestamp line ("Updated 14 April 2026, 19:05 GST") dates
  // the article; the cleaner then drops that line as page furniture.
  return { doc, ctx: { referenceDate: article.meta.published ?? opts.date ?? pageDate(text), clean: opts.clean ?? true } };
}

let shared: ExtractService | undefined;

/** A process-wide service, built on first use so that importing costs nothing. */
export function extractService(): ExtractService {
  shared ??= new ExtractService();
  return shared;
}

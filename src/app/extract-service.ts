import { Document } from '../core/document.js';
import { DossierError } from '../core/errors.js';
import type { DossierRecord } from '../core/record.js';
import { assembleArticle, type RawArticle } from '../ingest/article.js';
import { isIsoDate } from '../ingest/dates.js';
import { LIMITS } from '../ingest/limits.js';
import { readInput, type ReadOptions } from '../ingest/read-input.js';
import { checkPipeline, runPipeline, type StageTiming } from '../pipeline/runner.js';
import { INITIAL_LAYERS, pipelineStages } from '../pipeline/registry.js';
import type { AnyStage } from '../pipeline/stage.js';
import { buildRecord } from '../record/build-record.js';

export interface ExtractOptions {
  /** Reference date (YYYY-MM-DD) used when the article states none. */
  readonly date?: string;
  /** Cleaning on (default) or off. */
  readonly clean?: boolean;
}

export interface ExtractResult {
  readonly record: DossierRecord;
  readonly doc: Document;
  readonly timings: readonly StageTiming[];
}

/**
 * The one way to turn an article into a record; the CLI, the server and the workers all call it.
 * The stage list is built and checked once per service.
 */
export class ExtractService {
  private readonly stages: AnyStage[];

  constructor(stages: AnyStage[] = pipelineStages()) {
    checkPipeline(stages, INITIAL_LAYERS);
    this.stages = stages;
  }

  async extractInput(spec: string, read: ReadOptions = {}, opts: ExtractOptions = {}): Promise<ExtractResult> {
    return this.extractArticle(await readInput(spec, read), opts);
  }

  extractArticle(article: RawArticle, opts: ExtractOptions = {}): ExtractResult {
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
    const referenceDate = article.meta.published ?? opts.date;
    const { doc: annotated, timings } = runPipeline(this.stages, doc, { referenceDate, clean: opts.clean ?? true });
    return { record: buildRecord(annotated), doc: annotated, timings };
  }
}

let shared: ExtractService | undefined;

/** A process-wide service, built on first use so that importing costs nothing. */
export function extractService(): ExtractService {
  shared ??= new ExtractService();
  return shared;
}

import type { Document } from '../core/document.js';
import type { Layers, LayerName } from '../core/layers.js';

/** What a stage may know besides the document. Never read the clock inside a stage: use `referenceDate`. */
export interface StageContext {
  /** ISO date (YYYY-MM-DD) that relative times ("Sunday", "last week") resolve against, if known. */
  readonly referenceDate?: string;
  /** Turns cleaning off (`extract --no-clean`). */
  readonly clean: boolean;
}

/** A pure annotator: reads the layers it requires, returns exactly the layers it assigns. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Document, ctx: StageContext): Partial<Layers>;
  /**
   * Does now what the first run would do once (compile patterns, load word lists), for a caller
   * with idle time before a long batch; never needed for correctness.
   */
  warmUp?(): void;
}

/**
 * A stage that rewrites the text itself (cleaning). It runs before any stage that reads offsets,
 * and returns the new text with layers over it; every other layer is dropped.
 */
export interface RewriteStage {
  readonly name: string;
  readonly rewrites: true;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  rewrite(doc: Document, ctx: StageContext): { text: string; layers: Partial<Layers> };
}

export type AnyStage = Stage | RewriteStage;

export function isRewriteStage(stage: AnyStage): stage is RewriteStage {
  return 'rewrites' in stage && stage.rewrites === true;
}

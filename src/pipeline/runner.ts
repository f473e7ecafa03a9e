import { performance } from 'node:perf_hooks';
import { Document } from '../core/document.js';
import type { LayerName } from '../core/layers.js';
import { DossierError } from '../core/errors.js';
import { isRewriteStage, type AnyStage, type StageContext } from './stage.js';

export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

/**
 * Checks that every stage's requirements are met by the initial layers or an earlier stage,
 * so a mis-ordered pipeline fails at start-up, not halfway through an article. Returns the layers
 * a document has after the stages (the initial layers of a part that runs after them).
 */
export function checkPipeline(stages: readonly AnyStage[], initial: readonly LayerName[]): LayerName[] {
  const available = new Set<LayerName>(initial);
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.name)) throw new DossierError('INTERNAL', `pipeline: stage "${stage.name}" appears twice`);
    seen.add(stage.name);
    for (const need of stage.requires) {
      if (!available.has(need)) {
        throw new DossierError('INTERNAL', `pipeline: stage "${stage.name}" requires layer "${need}", which no earlier stage assigns`);
      }
    }
    if (isRewriteStage(stage)) {
      // Layers over the old text are gone after a rewrite, except those it assigns anew.
      for (const name of [...available]) if (!stage.assigns.includes(name)) available.delete(name);
    }
    for (const name of stage.assigns) available.add(name);
  }
  return [...available];
}

export interface RunResult {
  readonly doc: Document;
  readonly timings: readonly StageTiming[];
}

/** Runs the stages in order; each must return exactly the layers it declared. */
export function runPipeline(stages: readonly AnyStage[], doc: Document, ctx: StageContext): RunResult {
  const timings: StageTiming[] = [];
  let current = doc;
  for (const stage of stages) {
    const t0 = performance.now();
    if (isRewriteStage(stage)) {
      const { text, layers } = stage.rewrite(current, ctx);
      assertAssigned(stage.name, stage.assigns, Object.keys(layers) as LayerName[]);
      current = current.withText(text, layers);
    } else {
      const layers = stage.run(current, ctx);
      assertAssigned(stage.name, stage.assigns, Object.keys(layers) as LayerName[]);
      current = current.withLayers(layers);
    }
    timings.push({ stage: stage.name, ms: performance.now() - t0 });
  }
  return { doc: current, timings };
}

function assertAssigned(stage: string, declared: readonly LayerName[], returned: readonly LayerName[]): void {
  const extra = returned.filter((n) => !declared.includes(n));
  const missing = declared.filter((n) => !returned.includes(n));
  if (extra.length || missing.length) {
    throw new DossierError(
      'INTERNAL',
      `pipeline: stage "${stage}" declared [${declared.join(', ')}] but returned [${returned.join(', ')}]`,
    );
  }
}

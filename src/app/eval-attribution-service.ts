import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document } from '../core/document.js';
import { DossierError } from '../core/errors.js';
import { referenceDataPath } from '../core/resources.js';
import { parseBrat } from '../extract/attribution/brat.js';
import { emptyCounts, prf, scoreDocument, type AttributionCounts, type Prf } from '../extract/attribution/metrics.js';
import { runPipeline } from '../pipeline/runner.js';
import { pipelineStages } from '../pipeline/registry.js';
import type { AnyStage } from '../pipeline/stage.js';

export interface AttributionEvalOptions {
  /** A PolNeAR split: a folder with text/ and attributions/ (default $DOSSIER_DATA/polnear/dev). */
  readonly dataDir?: string;
  /** Evaluate at most this many annotation files (in name order). */
  readonly limit?: number;
}

export interface AttributionEvalReport {
  readonly dataDir: string;
  readonly documents: number;
  readonly annotations: number;
  readonly source: Prf;
  readonly cue: Prf;
  readonly content: Prf;
  readonly pair: Prf;
  readonly counts: AttributionCounts;
  readonly articlesPerSecond: number;
}

/** One annotated document of the split: its text and each annotator's file. */
interface SplitDoc {
  readonly name: string;
  readonly text: string;
  readonly annotations: string[];
}

/** PolNeAR names annotation files after the text plus "_<annotator hash>". */
function textNameOf(annFile: string): string {
  return basename(annFile, '.ann').replace(/_[0-9a-f]{4}$/, '');
}

export function readSplit(dataDir: string, limit?: number): SplitDoc[] {
  const textDir = join(dataDir, 'text');
  const annDir = join(dataDir, 'attributions');
  for (const d of [dataDir, textDir, annDir]) {
    if (!existsSync(d) || !statSync(d).isDirectory()) {
      throw new DossierError('DATA_MISSING', `${d}: PolNeAR data not found (want text/ and attributions/; set DOSSIER_DATA or --data)`);
    }
  }
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort().slice(0, limit);
  const docs = new Map<string, SplitDoc>();
  for (const f of anns) {
    const name = textNameOf(f);
    const textPath = join(textDir, `${name}.txt`);
    if (!existsSync(textPath)) throw new DossierError('DATA_MISSING', `${textPath}: text for ${f} not found`);
    let doc = docs.get(name);
    if (!doc) {
      doc = { name, text: readFileSync(textPath, 'utf8'), annotations: [] };
      docs.set(name, doc);
    }
    doc.annotations.push(readFileSync(join(annDir, f), 'utf8'));
  }
  return [...docs.values()];
}

/**
 * Runs the pipeline (without cleaning, so offsets stay those of the annotated text) on every article
 * of a PolNeAR split and scores its attributions with the shared/data/README metric. An article
 * annotated by several people is scored against each annotation.
 */
export function evaluateAttribution(opts: AttributionEvalOptions = {}, stages: AnyStage[] = pipelineStages()): AttributionEvalReport {
  const dataDir = resolve(opts.dataDir ?? referenceDataPath('polnear', 'dev'));
  const docs = readSplit(dataDir, opts.limit);
  const counts = emptyCounts();
  let annotations = 0;
  let ms = 0;
  for (const d of docs) {
    const doc = new Document(d.text, { origin: d.name }, { sections: [{ kind: 'body', start: 0, end: d.text.length }] });
    const t0 = performance.now();
    const { doc: out } = runPipeline(stages, doc, { clean: false });
    ms += performance.now() - t0;
    const predicted = out.get('attributions');
    for (const ann of d.annotations) {
      scoreDocument(parseBrat(ann, d.name), predicted, counts);
      annotations++;
    }
  }
  return {
    dataDir,
    documents: docs.length,
    annotations,
    source: prf(counts.source),
    cue: prf(counts.cue),
    content: prf(counts.content),
    pair: prf(counts.pair),
    counts,
    articlesPerSecond: ms > 0 ? (docs.length * 1000) / ms : 0,
  };
}

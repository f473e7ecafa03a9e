import { exportSharedTables } from '../core/shared-tables.js';
import { wordLevel } from '../clean/dictionary.js';
import { cueClassifier } from '../extract/attribution/cue-classifier.js';
import { cityTable } from '../nlp/geo/cities.js';
import { chunkTagger, nerTagger, posTagger } from '../nlp/models.js';
import { wordClusters } from '../nlp/tagger/clusters.js';

/**
 * Builds, in this thread and once, every large read-only table the pipeline loads (the taggers'
 * models, word clusters, the GeoNames city table, the SCOWL word levels, the cue classifier's
 * weights) and returns their parts to hand to worker threads (core/shared-tables.ts), which then
 * neither read nor hold their own copies. A table missing here still works: each thread that needs
 * it builds its own (a test holds this list to what the pipeline loads).
 */
export function pipelineTables(): Record<string, unknown> {
  posTagger();
  chunkTagger();
  nerTagger();
  wordClusters();
  cityTable();
  cueClassifier();
  wordLevel('the');
  return exportSharedTables();
}

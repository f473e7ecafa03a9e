import { exportSharedTables } from '../core/shared-tables.js';
import { wordLevelParts } from '../clean/dictionary.js';
import { cueWeightParts } from '../extract/attribution/cue-classifier.js';
import { gazetteerParts } from '../nlp/gazetteer.js';
import { nameListParts } from '../nlp/name-lists.js';
import { cityTableParts } from '../nlp/geo/cities.js';
import { nerUsesNameLists, taggerModelParts } from '../nlp/models.js';
import { wordClusterParts } from '../nlp/tagger/clusters.js';

/**
 * Builds, in this thread and once, every large read-only table the pipeline loads (the taggers'
 * models, word clusters, the NER gazetteer (and name lists, when the model uses them), the GeoNames city table, the SCOWL word levels, the cue classifier's
 * weights) and returns their parts to hand to worker threads (core/shared-tables.ts), which then
 * neither read nor hold their own copies. Only the tables: a thread that does not extract (the
 * server's, ingest's with one worker) builds no tagger. A table missing here still works: each
 * thread that needs it builds its own (a test holds this list to what the pipeline loads).
 */
export function pipelineTables(): Record<string, unknown> {
  taggerModelParts();
  wordClusterParts();
  gazetteerParts();
  if (nerUsesNameLists()) nameListParts();
  cityTableParts();
  cueWeightParts();
  wordLevelParts();
  return exportSharedTables();
}

import { packagePath } from '../core/resources.js';
import { DossierError } from '../core/errors.js';
import { defaultGazetteer } from './gazetteer.js';
import { CHUNK_FEATURES, POS_FEATURES } from './tagger/features.js';
import { sharedParts } from '../core/shared-tables.js';
import { loadTaggerFile } from './tagger/model-io.js';
import { SparseModel, type SparseModelParts } from './tagger/sparse-model.js';
import { NerTagger } from './tagger/ner-tagger.js';
import { SequenceTagger } from './tagger/sequence-tagger.js';

/**
 * The trained taggers under models/, each read once on first use (the pipeline builds its stages
 * once, so this happens at start-up, never per article and never at import). A worker thread given
 * the models' parts by its parent (core/shared-tables.ts) uses those arrays instead of reading them.
 */
let pos: SequenceTagger | undefined;
let chunk: SequenceTagger | undefined;
let ner: NerTagger | undefined;

interface TaggerParts {
  readonly labels: readonly string[];
  readonly models: readonly SparseModelParts[];
}

function load(name: string, kind: string, models: number): { labels: readonly string[]; models: SparseModel[] } {
  const parts = sharedParts<TaggerParts>(`tagger:${name}`, () => {
    const path = packagePath('models', `${name}.bin`);
    const file = loadTaggerFile<{ kind: string }>(path);
    if (file.header.kind !== kind || file.models.length !== models) {
      throw new DossierError('DATA_MISSING', `${path}: expected a ${kind} model with ${models} part(s), found ${file.header.kind}`);
    }
    return { labels: file.header.labels, models: file.models.map((m) => m.parts()) };
  });
  return { labels: parts.labels, models: parts.models.map((p) => SparseModel.fromParts(p)) };
}

export function posTagger(): SequenceTagger {
  if (!pos) {
    const f = load('pos', 'pos', 1);
    pos = new SequenceTagger(f.labels, f.models[0]!, POS_FEATURES, false);
  }
  return pos;
}

export function chunkTagger(): SequenceTagger {
  if (!chunk) {
    const f = load('chunk', 'chunk', 1);
    chunk = new SequenceTagger(f.labels, f.models[0]!, CHUNK_FEATURES, true);
  }
  return chunk;
}

export function nerTagger(): NerTagger {
  if (!ner) {
    const f = load('ner', 'ner', 2);
    ner = new NerTagger(f.labels, f.models[0]!, f.models[1]!, defaultGazetteer());
  }
  return ner;
}

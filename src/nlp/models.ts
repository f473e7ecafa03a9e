import { packagePath } from '../core/resources.js';
import { DossierError } from '../core/errors.js';
import { defaultGazetteer } from './gazetteer.js';
import { CHUNK_FEATURES, POS_FEATURES } from './tagger/features.js';
import { loadTaggerFile } from './tagger/model-io.js';
import { NerTagger } from './tagger/ner-tagger.js';
import { SequenceTagger } from './tagger/sequence-tagger.js';

/**
 * The trained taggers under models/, each read once on first use (the pipeline builds its stages
 * once, so this happens at start-up, never per article and never at import).
 */
let pos: SequenceTagger | undefined;
let chunk: SequenceTagger | undefined;
let ner: NerTagger | undefined;

function load(name: string, kind: string, models: number) {
  const path = packagePath('models', `${name}.bin`);
  const file = loadTaggerFile<{ kind: string }>(path);
  if (file.header.kind !== kind || file.models.length !== models) {
    throw new DossierError('DATA_MISSING', `${path}: expected a ${kind} model with ${models} part(s), found ${file.header.kind}`);
  }
  return file;
}

export function posTagger(): SequenceTagger {
  if (!pos) {
    const f = load('pos', 'pos', 1);
    pos = new SequenceTagger(f.header.labels, f.models[0]!, POS_FEATURES, false);
  }
  return pos;
}

export function chunkTagger(): SequenceTagger {
  if (!chunk) {
    const f = load('chunk', 'chunk', 1);
    chunk = new SequenceTagger(f.header.labels, f.models[0]!, CHUNK_FEATURES, true);
  }
  return chunk;
}

export function nerTagger(): NerTagger {
  if (!ner) {
    const f = load('ner', 'ner', 2);
    ner = new NerTagger(f.header.labels, f.models[0]!, f.models[1]!, defaultGazetteer());
  }
  return ner;
}

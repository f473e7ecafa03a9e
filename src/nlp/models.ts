import { packagePath } from '../core/resources.js';
import { DossierError } from '../core/errors.js';
import { defaultGazetteer } from './gazetteer.js';
import { defaultNameLists, type NameLists } from './name-lists.js';
import { CHUNK_FEATURES, POS_FEATURES } from './tagger/features.js';
import { sharedParts } from '../core/shared-tables.js';
import { loadTaggerFile } from './tagger/model-io.js';
import { SparseModel, type SparseModelParts } from './tagger/sparse-model.js';
import { NerTagger } from './tagger/ner-tagger.js';
import { SequenceTagger } from './tagger/sequence-tagger.js';
import { TagDictionary } from './tagger/tag-dictionary.js';
import { ChunkDictionary, type ChunkDictionaryEntry } from './tagger/chunk-dictionary.js';
import type { LabelDictionary } from './tagger/decode.js';
import { TrainGazetteer } from './tagger/train-gazetteer.js';
import { loadWindowModel, WindowModel, type WindowModelParts } from './tagger/window-model.js';
import { wordVectorParts, wordVectors } from './tagger/word-vectors.js';

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
  /** The POS model's tag dictionary ([word, tag] pairs; see TagDictionary); none in the others. */
  readonly tagDictionary?: readonly (readonly [string, string])[];
  /** The chunk model's dictionary (see ChunkDictionary). */
  readonly chunkDictionary?: readonly ChunkDictionaryEntry[];
  /** The NER model's training-data gazetteer (hashed names and type masks; see TrainGazetteer). */
  readonly trainGazetteer?: { readonly keys: Int32Array; readonly masks: Uint8Array };
  /** Whether the NER model was trained with the name lists (see NameLists). */
  readonly nameLists?: boolean;
  /** The NER window model (models/ner-window.bin), null when there is none. */
  readonly window?: WindowModelParts | null;
}

const FILES = { pos: ['pos', 1], chunk: ['chunk', 1], ner: ['ner', 2] } as const;

/** The model file's arrays, read once a process (core/shared-tables.ts): no tagger is built. */
function modelParts(name: keyof typeof FILES): TaggerParts {
  const [kind, models] = FILES[name];
  return sharedParts<TaggerParts>(`tagger:${name}`, () => {
    const path = packagePath('models', `${name}.bin`);
    const file = loadTaggerFile<{ kind: string; tagDictionary?: [string, string][]; chunkDictionary?: ChunkDictionaryEntry[]; trainGazetteer?: { keys: number[]; masks: number[] }; nameLists?: boolean }>(path);
    if (file.header.kind !== kind || file.models.length !== models) {
      throw new DossierError('DATA_MISSING', `${path}: expected a ${kind} model with ${models} part(s), found ${file.header.kind}`);
    }
    const g = file.header.trainGazetteer;
    const window = name === 'ner' ? loadWindowModel(packagePath('models', WINDOW_MODEL_FILE)) : undefined;
    return { window, labels: file.header.labels, models: file.models.map((m) => m.parts()), tagDictionary: file.header.tagDictionary, chunkDictionary: file.header.chunkDictionary, trainGazetteer: g && { keys: Int32Array.from(g.keys), masks: Uint8Array.from(g.masks) }, nameLists: file.header.nameLists === true };
  }, () => [packagePath('models', `${name}.bin`), ...(name === 'ner' ? [packagePath('models', WINDOW_MODEL_FILE)] : [])]);
}

/** The NER window model's file (see tagger/window-model.ts); DOSSIER_NER_WINDOW=off runs the perceptrons alone. */
export const WINDOW_MODEL_FILE = 'ner-window.bin';

/** Whether the NER model was trained with the name lists (so the pipeline needs their table). */
export function nerUsesNameLists(): boolean {
  return modelParts('ner').nameLists === true;
}

/** Reads the three taggers' models, to hand to worker threads, without building the taggers. */
export function taggerModelParts(): void {
  for (const name of Object.keys(FILES) as (keyof typeof FILES)[]) modelParts(name);
  if (modelParts('ner').window) wordVectorParts();
}

function load(name: keyof typeof FILES): { labels: readonly string[]; models: SparseModel[]; dictionary?: LabelDictionary; trainGazetteer?: TrainGazetteer; nameLists?: NameLists } {
  const parts = modelParts(name);
  const dictionary = parts.tagDictionary ? new TagDictionary(parts.tagDictionary, parts.labels)
    : parts.chunkDictionary ? new ChunkDictionary(parts.chunkDictionary, parts.labels) : undefined;
  const g = parts.trainGazetteer;
  const trainGazetteer = g ? TrainGazetteer.fromArrays(g.keys, g.masks) : undefined;
  return { labels: parts.labels, models: parts.models.map((p) => SparseModel.fromParts(p)), dictionary, trainGazetteer, nameLists: parts.nameLists ? defaultNameLists() : undefined };
}

export function posTagger(): SequenceTagger {
  if (!pos) {
    const f = load('pos');
    pos = new SequenceTagger(f.labels, f.models[0]!, POS_FEATURES, false, f.dictionary);
  }
  return pos;
}

export function chunkTagger(): SequenceTagger {
  if (!chunk) {
    const f = load('chunk');
    chunk = new SequenceTagger(f.labels, f.models[0]!, CHUNK_FEATURES, true, f.dictionary);
  }
  return chunk;
}

export function nerTagger(): NerTagger {
  if (!ner) {
    const windowParts = process.env.DOSSIER_NER_WINDOW === 'off' ? null : modelParts('ner').window;
    ner = nerPerceptrons(windowParts ? new WindowModel(windowParts, wordVectors()) : undefined);
  }
  return ner;
}

/** The NER perceptrons of models/ner.bin with the given window model (none: the perceptrons alone, as training tunes them). */
export function nerPerceptrons(window?: WindowModel): NerTagger {
  const f = load('ner');
  return new NerTagger(f.labels, f.models[0]!, f.models[1]!, defaultGazetteer(), f.trainGazetteer, f.nameLists, window);
}

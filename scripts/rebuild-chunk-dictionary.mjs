// Rewrites the chunk dictionary in models/chunk.bin from $DOSSIER_DATA/conll2003/eng.train, the
// model's weights unchanged: `npm run train` builds the same dictionary, and the chunker's training
// never reads it (the dictionary serves tagging only), so this gives the file a retrain would.
//   npm run build && node scripts/rebuild-chunk-dictionary.mjs
import { packagePath, requireReferenceData } from '../dist/core/resources.js';
import { readConll } from '../dist/nlp/conll.js';
import { chunkBio } from '../dist/nlp/train/corpus.js';
import { buildChunkDictionary } from '../dist/nlp/tagger/chunk-dictionary.js';
import { loadTaggerFile, saveTaggerFile } from '../dist/nlp/tagger/model-io.js';

const path = packagePath('models', 'chunk.bin');
const file = loadTaggerFile(path);
const docs = readConll(requireReferenceData('conll2003', 'eng.train'));
const chunkDictionary = buildChunkDictionary(docs.flatMap((d) => d.sentences.map((s) => ({ words: s.words, pos: s.pos, chunk: chunkBio(s.chunk) }))));
const { models: _counts, ...header } = file.header;
saveTaggerFile(path, { header: { ...header, chunkDictionary }, models: file.models });
const any = chunkDictionary.filter((e) => e[0] === '').length;
console.log(`${path}: ${chunkDictionary.length} dictionary entries (${any} for any word), weights unchanged`);

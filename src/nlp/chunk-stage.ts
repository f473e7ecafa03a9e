import { taggedToken, type Chunk, type Token } from '../core/layers.js';
import type { Stage } from '../pipeline/stage.js';
import { chunkTagger } from './models.js';
import { sentenceInputs } from './sentence-inputs.js';
import { hashTag } from './tagger/hash.js';
import { labelNames, spansFromLabels } from './tagger/labels.js';

/** Base phrases (NP, VP, PP, ...) from POS-tagged tokens: tokens get `.chunk` (BIO) and the chunks layer. */
export function createChunkStage(): Stage {
  const tagger = chunkTagger();
  return {
    name: 'chunk',
    requires: ['tokens', 'sentences'],
    assigns: ['tokens', 'chunks'],
    run(doc) {
      const tokens = doc.get('tokens');
      const { inputs } = sentenceInputs(doc);
      const out: Token[] = tokens.slice();
      const chunks: Chunk[] = [];
      doc.get('sentences').forEach((s, k) => {
        const pos = new Int32Array(s.tokenEnd - s.tokenStart);
        for (let i = s.tokenStart; i < s.tokenEnd; i++) pos[i - s.tokenStart] = hashTag(tokens[i]!.pos ?? '');
        const ids = tagger.tag({ ...inputs[k]!, pos });
        const labels = labelNames(ids, tagger.labels);
        for (let i = 0; i < labels.length; i++) {
          const t = tokens[s.tokenStart + i]!;
          out[s.tokenStart + i] = taggedToken(t, t.pos, labels[i]);
        }
        for (const span of spansFromLabels(labels)) {
          const a = s.tokenStart + span.start;
          const b = s.tokenStart + span.end;
          chunks.push({ label: span.type, start: tokens[a]!.start, end: tokens[b - 1]!.end, tokenStart: a, tokenEnd: b });
        }
      });
      return { tokens: out, chunks };
    },
  };
}

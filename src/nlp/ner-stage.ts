import type { Mention } from '../core/layers.js';
import type { Stage } from '../pipeline/stage.js';
import { nerTagger } from './models.js';
import { findMentions } from './ner-annotate.js';
import { sentenceInputs } from './sentence-inputs.js';
import { hashTag } from './tagger/hash.js';

/**
 * Named entities (the `mentions` layer): two-pass averaged-perceptron NER over the whole article,
 * types refined to PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, MISC.
 */
export function createNerStage(): Stage {
  const tagger = nerTagger();
  return {
    name: 'ner',
    requires: ['tokens', 'sentences'],
    assigns: ['mentions'],
    run(doc) {
      const tokens = doc.get('tokens');
      const sentences = doc.get('sentences');
      const { inputs, words } = sentenceInputs(doc);
      const tagged = sentences.map((s, k) => {
        const n = s.tokenEnd - s.tokenStart;
        const pos = new Int32Array(n);
        const chunk = new Int32Array(n);
        for (let i = 0; i < n; i++) {
          const t = tokens[s.tokenStart + i]!;
          pos[i] = hashTag(t.pos ?? '');
          chunk[i] = hashTag(t.chunk ?? 'O');
        }
        return { ...inputs[k]!, pos, chunk };
      });
      const mentions: Mention[] = findMentions(tagger, tagged, words).flatMap((m) => {
        const first = sentences[m.sentence]!.tokenStart + m.start;
        const last = sentences[m.sentence]!.tokenStart + m.end - 1;
        const start = tokens[first]!.start;
        const end = tokens[last]!.end;
        const text = doc.text.slice(start, end);
        // "US$14,6m", "NZ$2 million": a country's letters written onto the dollar sign name the currency, not a place.
        if ((m.type === 'GPE' || m.type === 'LOC') && first === last && /^\p{Lu}{1,3}$/u.test(text) && doc.text[end] === '$') return [];
        return [{ type: m.type, start, end, text, tokenStart: first, tokenEnd: last + 1 }];
      });
      return { mentions };
    },
  };
}

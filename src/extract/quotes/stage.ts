import type { Stage } from '../../pipeline/stage.js';
import { directQuotes, indirectQuotes } from './quotes.js';

/**
 * Quotes: direct ones between quote marks and indirect ones ("X said that ...", "according to X"),
 * each with its speaker (and the speaker's entity when the entities layer is there) and cue.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities', 'reports'],
  assigns: ['quotes'],
  run(doc) {
    const direct = directQuotes(doc);
    const indirect = indirectQuotes(doc, doc.get('reports'), direct);
    return { quotes: [...direct, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end) };
  },
};

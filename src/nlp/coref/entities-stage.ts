import type { Stage } from '../../pipeline/stage.js';
import { resolveEntities } from './coref.js';

/**
 * Entities with coreference over NER's `mentions`. Called without them (a hand-made document), role
 * noun chains, Mr/Mrs names and pronouns alone still form entities ("the gunman ... he").
 */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'mentions'],
  assigns: ['entities'],
  run: (doc) => ({
    entities: resolveEntities({
      text: doc.text,
      tokens: doc.get('tokens'),
      sentences: doc.get('sentences'),
      mentions: doc.maybe('mentions') ?? [],
    }),
  }),
};

import type { Stage } from '../../pipeline/stage.js';
import { resolveEntities } from './coref.js';

/**
 * Entities with coreference. Reads the `mentions` layer when NER has assigned it; without it,
 * role noun chains and pronouns alone still form entities ("the gunman ... he").
 */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
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

import type { Stage } from '../pipeline/stage.js';
import { emptyEvent } from '../core/record.js';

/** Until the event extractor lands, the record's event has its shape and no answers. */
export const eventPlaceholderStage: Stage = {
  name: 'event',
  requires: ['sentences'],
  assigns: ['event'],
  run: () => ({ event: emptyEvent() }),
};

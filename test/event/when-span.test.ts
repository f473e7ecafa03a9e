import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2024-03-08' };

describe('event when: the time itself', () => {
  it('answers the time without its preposition and article', () => {
    const doc = makeDoc({
      title: 'Warehouse fire in Dunmore',
      lead: 'A fire broke out at a warehouse in Dunmore in the early hours of Tuesday morning.',
      body: 'Forty firefighters attended. No one was hurt.',
    });
    const when = extractEvent(doc, ctx).when;
    expect(when?.text).toBe('early hours of Tuesday morning');
    // The evidence offsets cover the answer's words.
    expect(doc.text.slice(when!.start, when!.end)).toBe(when!.text);
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2024-02-12' };

describe('event weapons and how at a protest', () => {
  it('reads the means police used on protesters as weapons, and how with the verb that used them', () => {
    const parts = {
      title: 'Police fire tear gas at Dunmore fuel protest',
      lead: 'Police in Dunmore fired tear gas and water cannon on Monday to disperse thousands of protesters who marched on the town hall against a rise in fuel duty.',
      body: 'Organisers said several marchers were hurt by rubber bullets. The council said the rise would stand.',
    };
    // The POS tagger's tags for the verbs before the weapon, given by hand.
    const verbs: Record<string, string> = { fire: 'VBP', fired: 'VBD' };
    const tokens = makeDoc(parts).get('tokens').map((t) => (verbs[t.text] ? { ...t, pos: verbs[t.text] } : t));
    const event = extractEvent(makeDoc(parts, { tokens }), ctx);
    expect(event.type).toBe('protests');
    expect(event.weapons.map((w) => w.text)).toEqual(expect.arrayContaining(['tear gas', 'water cannon']));
    expect(event.how?.text).toMatch(/^fired? tear gas$/);
  });

  it('gives a peaceful march no weapons', () => {
    const doc = makeDoc({
      title: 'Thousands march through Dunmore',
      lead: 'Thousands of teachers marched through Dunmore on Saturday to demand higher pay.',
      body: 'Organisers said the turnout was the largest in a decade. The march ended peacefully.',
    });
    const event = extractEvent(doc, ctx);
    expect(event.type).toBe('protests');
    expect(event.weapons).toEqual([]);
  });
});

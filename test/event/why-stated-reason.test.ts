import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('event why: the reason the doer gives after its clause (", saying ...")', () => {
  it('answers with what the doer said, after "saying" (and "that")', () => {
    const e = eventOf('Governor vetoes rental tax bill',
      'KELDA - Governor Martin Seeley on Friday vetoed a bill that would have allowed counties to tax short-term rentals, saying it would hurt the tourism economies of mountain towns.',
      'Lawmakers could try to override the veto.');
    expect(e.why?.text).toMatch(/^it would hurt the tourism economies/);
    const f = eventOf('Regulator blocks vets takeover',
      'The competition regulator on Wednesday blocked the takeover of Greenvale Vets, arguing that the deal would have left pet owners with fewer choices.',
      'The buyer said it was disappointed.');
    expect(f.why?.text).toMatch(/^the deal would have left pet owners/);
  });

  it('reads a quotation the reason ends in to its closing mark', () => {
    const e = eventOf('Minister attacks spending plans',
      'The minister has launched an attack on the opposition\'s spending plans, saying they are a "ludicrous improbability".',
      'The opposition rejected the charge.');
    expect(e.why?.text).toBe('they are a "ludicrous improbability"');
  });

  it('takes no reason after a verb of saying, nor from "claiming" a prize', () => {
    const e = eventOf('Mayor speaks on budget',
      'The mayor said on Monday the budget was sound, saying the city had no debt.',
      'Councillors will vote next week.');
    expect(e.why?.text ?? '').not.toMatch(/^the city had no debt/);
    const f = eventOf('Runner extends winning run',
      'Jamie Kerr stormed to his second victory in a week, claiming the 800m title at the indoor meeting in Erfurt.',
      'He will race again in Madrid.');
    expect(f.why?.text ?? '').not.toMatch(/800m/);
  });
});

import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('what, when a sentence tells the toll or the aftermath and its clause the incident', () => {
  it('answers with the "when" clause that tells the collision, not the toll', () => {
    const e = eventOf('',
      'At least six people were killed and 40 injured when an express train collided head-on with a goods train near Mymensingh on Friday, railway officials said.',
      'Rescuers worked through the night to free passengers trapped in the wreckage.');
    expect(e.what?.text).toMatch(/^collided head-on with a goods train/);
  });

  it('answers with the "where" clause after a recovery ("pulled bodies from a mine where a wall collapsed")', () => {
    const e = eventOf('Nine dead, two missing',
      'LUSAKA — Rescuers pulled four more bodies on Thursday from a copper mine near Solwezi where a wall of rock collapsed on workers a day earlier, bringing the death toll to nine, officials said.');
    expect(e.what?.text).toMatch(/^collapsed on workers/);
    // Who recovered the dead acted after it; the wall is who it came from.
    expect(e.who[0]?.text).toBe('a wall of rock');
  });

  it('names the subject of the clause that tells the collision as a who candidate', () => {
    const e = eventOf('',
      'At least six people were killed and 40 injured when an express train collided head-on with a goods train near Mymensingh on Friday, railway officials said.');
    expect(e.who.map((w) => w.text)).toContain('an express train');
  });

  it('keeps the main clause when it tells the incident itself', () => {
    const e = eventOf('',
      'A bus plunged into a ravine near Cusco on Sunday when its brakes failed, killing 14 people, police said.');
    expect(e.what?.text).toMatch(/^plunged into a ravine/);
  });

  it('does not take the "when" clause after what someone was doing when it struck', () => {
    const e = eventOf('',
      'The mayor was opening a market in Oaxaca when a gunman fired a shot into the air and then shot him in the chest, police said.');
    expect(e.what?.text).not.toMatch(/^fired a shot into the air/);
  });

  it('reads any "when" clause with a subject of its own after a toll ("when a crowd of pilgrims surged ...")', () => {
    const e = eventOf('',
      'At least 12 people were killed in a stampede on Sunday when a crowd of pilgrims surged towards a bathing area at a festival in Haridwar, police said.');
    expect(e.what?.text).toMatch(/^surged towards a bathing area/);
    expect(e.who.map((w) => w.text)).toContain('a crowd of pilgrims');
  });
});

describe('event what: a relative clause in the incident\'s subject', () => {
  it('reads the clause\'s own verb past the relative clause ("a shop that refills gas canisters exploded")', () => {
    const e = eventOf('Two killed, 11 injured in gas canister shop explosion in Kelton',
      'Two people were killed and 11 injured on Tuesday night when a shop that refills gas canisters exploded in Kelton, officials said.');
    expect(e.what?.text).toMatch(/^exploded/);
  });

  it('keeps the toll clause that names its incident over an "as" clause of what went on around it', () => {
    const e = eventOf('At least four die in crush at Kelton stadium gate',
      'At least four football fans were killed and 27 others injured on Sunday in a crush at the main gate of the Kelton Stadium, as thousands tried to force their way in for the cup final.');
    expect(e.what?.text ?? '').not.toMatch(/force their way/);
    // With no incident noun before it, the "as" clause still tells what happened.
    const storm = eventOf('',
      'One man died and 57 people were injured as Typhoon Kelta swept past the island on Friday, officials said.');
    expect(storm.what?.text).toMatch(/^swept past the island/);
  });
});

import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

describe('event what: a market\'s move without the cause it moved "on"', () => {
  it('ends the what before the why\'s "on" ("Q1 profit jumps 41% on price hikes")', () => {
    const e = eventOf('Kelton Cement Q1 profit jumps 41% on price hikes',
      'Kelton Cement posted a 41 percent rise in profit after tax in the first quarter, helped by higher cement prices, the company said on Monday.');
    expect(e.why?.text).toBe('on price hikes');
    expect(e.what?.text).toBe('jumps 41%');
  });

  it('keeps other causes a headline\'s what holds ("recalls 240,000 dishwashers over fire risk")', () => {
    const e = eventOf('Kelton Appliances recalls 240,000 dishwashers over fire risk',
      'Kelton Appliances is recalling about 240,000 dishwashers because a heating element can overheat and start a fire, the company said on Tuesday.');
    expect(e.what?.text).toMatch(/over fire risk$/);
  });
});

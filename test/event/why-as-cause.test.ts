import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const whyOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).why?.text ?? null;

describe('event why: a clause after "as" that gives what moved a figure', () => {
  it('reads ", as" + a clause with its own subject after a result', () => {
    expect(whyOf('Kelton Devices posts record profit',
      'Chipmaker Kelton Devices reported a record quarterly profit on Thursday, as demand for memory chips used in data centres pushed up prices.')).toMatch(/^as demand for memory chips used in data centres pushed up prices/);
    expect(whyOf('Marlow economy shrinks',
      'Marlow\'s economy shrank at the end of last year, as construction remained weak and exports of timber fell, figures showed on Friday.')).toMatch(/^as construction remained weak and exports of timber fell/);
  });

  it('reads no cause from an "as" of time, of a role, or in a headline', () => {
    expect(whyOf('Kelton Devices posts record profit',
      'Chipmaker Kelton Devices reported a record quarterly profit on Thursday, as it had forecast in May.') ?? '').not.toMatch(/^as it/);
    expect(whyOf('Marlow appoints new manager',
      'Marlow appointed Tom Hale on Monday as club manager when his contract at Kelton ends.') ?? '').not.toMatch(/^as club manager/);
    expect(whyOf('Kelton sales rise as shoppers return',
      'Kelton Stores said on Monday its sales rose 4 per cent in December.') ?? '').not.toMatch(/^as shoppers return/);
  });
});

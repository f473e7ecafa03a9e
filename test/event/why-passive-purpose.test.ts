import { describe, expect, it } from 'vitest';
import { eventOf } from './event-of.js';

const whyOf = (title: string, ...paragraphs: string[]) => eventOf(title, ...paragraphs).why?.text ?? null;

describe('event why: a purpose after a passive of making or doing', () => {
  it('reads "to" straight after a passive of PURPOSE_PASSIVES as the purpose', () => {
    expect(whyOf('Kelton premier reshuffles cabinet',
      'The Kelton premier reshuffled his cabinet on Monday, and said the changes were needed to speed up the harbour project.')).toMatch(/^to speed up the harbour/);
    expect(whyOf('Marlow unveils giant quilt',
      'A giant quilt was unveiled in Marlow on Saturday. The quilt was created to mark the town\'s 300th anniversary.')).toMatch(/^to mark the town's 300th anniversary/);
  });

  it('leaves "to" after an active verb or a passive of being made to', () => {
    expect(whyOf('Kelton council votes to ban plastic bags',
      'Kelton\'s council voted on Tuesday to ban plastic bags from next year.') ?? '').not.toMatch(/^to ban/);
    expect(whyOf('Marlow mayor resigns',
      'The mayor of Marlow was forced to resign on Friday.') ?? '').not.toMatch(/^to resign/);
  });
});

describe('event why: no purpose from "to" before a figure', () => {
  it('reads "to JD310" as where a figure went, not as a purpose', () => {
    expect(eventOf('Minimum wage to rise to JD310 from January',
      'Kelton\'s labour committee on Tuesday decided to raise the minimum wage to JD310 a month, the ministry said.').why?.text ?? '').not.toMatch(/^to JD310/);
  });
});

import { describe, expect, it } from 'vitest';
import { handDoc } from '../../../test/helpers/hand-doc.js';
import type { Quantity, TimeExpression } from '../../core/layers.js';
import { quantitiesStage } from './quantities-stage.js';

function quantities(text: string, times: TimeExpression[] = []): Quantity[] {
  const doc = handDoc(text).withLayers({ times });
  return quantitiesStage.run(doc, { clean: true }).quantities as Quantity[];
}

function one(text: string): Quantity {
  const qs = quantities(text);
  expect(qs).toHaveLength(1);
  return qs[0]!;
}

describe('quantities', () => {
  it('reads digits and number words as exact counts with their unit', () => {
    expect(one('Police said 3 civilians died.')).toMatchObject({ text: '3', min: 3, max: 3, exact: true, kind: 'count', unit: { text: 'civilians' } });
    expect(one('The agency said 1,200 people had fled.')).toMatchObject({ min: 1200, unit: { text: 'people' } });
    expect(one('Three others were reportedly wounded.')).toMatchObject({ text: 'Three', min: 3, exact: true, unit: { text: 'others' } });
    expect(one('About twenty-five people gathered.')).toMatchObject({ text: 'About twenty-five', min: 25, exact: false });
    expect(one('They counted two hundred and fifty votes.')).toMatchObject({ min: 250, unit: { text: 'votes' } });
    expect(one('Officials put it at 1.5 million refugees.')).toMatchObject({ min: 1_500_000, unit: { text: 'refugees' } });
  });

  it('keeps the bounds the text states', () => {
    expect(one('He injured at least three others.')).toMatchObject({ text: 'at least three', min: 3, exact: false, unit: { text: 'others' } });
    expect(one('It killed at least three others.').max).toBeUndefined();
    expect(one('More than 20 people were hurt.')).toMatchObject({ min: 21, exact: false });
    expect(one('Up to 10 soldiers may have died.')).toMatchObject({ min: 0, max: 10, exact: false });
    expect(one('Fewer than 5 homes stood.')).toMatchObject({ max: 4, exact: false });
  });

  it('reads vague amounts', () => {
    expect(one('Dozens were wounded.')).toMatchObject({ text: 'Dozens', min: 24, exact: false, kind: 'count' });
    expect(one('Scores of people fled.')).toMatchObject({ min: 40, unit: { text: 'people' } });
    expect(quantities('He scores often.')).toEqual([]);
    expect(one('Hundreds of civilians marched.')).toMatchObject({ min: 200, unit: { text: 'civilians' } });
    expect(one('A handful of protesters stayed.')).toMatchObject({ min: 3, max: 5, exact: false, unit: { text: 'protesters' } });
    expect(one('A dozen cars burned.')).toMatchObject({ min: 12, unit: { text: 'cars' } });
  });

  it('says what a count includes', () => {
    expect(one('The attack left two people dead, including the gunman.')).toMatchObject({ min: 2, unit: { text: 'people' } });
    expect(one('Two people including the gunman died.')).toMatchObject({ min: 2, including: { text: 'the gunman' } });
  });

  it('tells ages, years, money, percentages, measures and times from counts', () => {
    expect(one('The 62-year-old envoy died.')).toMatchObject({ min: 62, kind: 'age' });
    expect(one('He was 58 years old.')).toMatchObject({ kind: 'age' });
    expect(one('Karlov, 62, was a diplomat.')).toMatchObject({ kind: 'age' });
    expect(one('He began his career in 1976.')).toMatchObject({ min: 1976, kind: 'year' });
    expect(one('The fund paid $5 million.')).toMatchObject({ kind: 'money', min: 5_000_000 });
    expect(one('She won the 100m final.')).toMatchObject({ min: 100 });
    expect(one('Profits hit £11bn last year.')).toMatchObject({ kind: 'money', min: 11_000_000_000, text: '£11bn' });
    expect(one('Bosses agreed a $168.5m payout.')).toMatchObject({ kind: 'money', min: 168_500_000, text: '$168.5m' });
    expect(one('The plan reaches 2.5bn people.')).toMatchObject({ min: 2_500_000_000 });
    // A currency's code before the sum, or its name after it.
    expect(one('Each family gets Rs 50,000.')).toMatchObject({ kind: 'money', min: 50_000 });
    expect(one('The chain was sold for 1.2 billion kroner.')).toMatchObject({ kind: 'money', min: 1_200_000_000 });
    expect(one('Wages rose to 3,500 tenge a day.')).toMatchObject({ kind: 'money', min: 3_500 });
    expect(one('Each family gets 50,000 taka.')).toMatchObject({ kind: 'money', min: 50_000 });
    expect(one('The fine was KSh 20,000.')).toMatchObject({ kind: 'money', min: 20_000 });
    expect(one('Prices rose 12 percent.')).toMatchObject({ kind: 'percent' });
    expect(one('Turnout was 40%.')).toMatchObject({ kind: 'percent' });
    expect(one('The convoy drove 30 km north.')).toMatchObject({ kind: 'measure' });
    expect(one('A 24-hour ceasefire began.')).toMatchObject({ kind: 'duration' });
    expect(one('He spoke for several minutes.')).toMatchObject({ kind: 'duration' });
    const text = 'Shots rang out at 7 pm.';
    const at = text.indexOf('7 pm');
    expect(quantities(text, [{ start: at, end: at + 4, text: '7 pm', known: { hour: 19 }, implied: {} }])[0]).toMatchObject({ kind: 'time' });
  });

  it('skips ordinals and pronoun uses of "one"', () => {
    expect(quantities('A second person and the 3rd car were hit.')).toEqual([]);
    expect(quantities('No one was hurt.')).toEqual([]);
  });
});

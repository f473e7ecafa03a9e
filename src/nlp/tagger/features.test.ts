import { describe, expect, it } from 'vitest';
import { computeAtoms, FLAG_ALL_CAPS, FLAG_HAS_DIGIT, FLAG_INIT_CAP, MAX_AFFIX } from './atoms.js';
import { MAX_FEATURES, nerFeatures, posFeatures } from './features.js';
import { makeInput, MODE_CAPS, MODE_NORMAL, MODE_TITLE } from './input.js';
import { bilouFromSpans, spansFromIob, spansFromLabels, transitionMask } from './labels.js';

describe('token atoms', () => {
  const a = computeAtoms(['Ankara', 'Moscow', 'running', 'singing', 'NATO', '1996-08-22', 'Ankara']);

  it('gives words of the same shape the same shape value', () => {
    expect(a.shape[0]).toBe(a.shape[1]);
    expect(a.shape[0]).not.toBe(a.shape[4]);
  });

  it('hashes suffixes from the end and prefixes from the start', () => {
    const suf3 = (i: number) => a.suffix[i * MAX_AFFIX + 2];
    expect(suf3(2)).toBe(suf3(3)); // -ing
    expect(a.prefix[2 * MAX_AFFIX + 0]).not.toBe(a.prefix[3 * MAX_AFFIX + 0]); // r vs s
    expect(a.word[0]).toBe(a.word[6]);
  });

  it('sets casing and digit flags', () => {
    expect(a.flags[0]! & FLAG_INIT_CAP).toBeTruthy();
    expect(a.flags[4]! & FLAG_ALL_CAPS).toBeTruthy();
    expect(a.flags[2]! & FLAG_INIT_CAP).toBeFalsy();
    expect(a.flags[5]! & FLAG_HAS_DIGIT).toBeTruthy();
  });

  it('folds digits so numbers of one form share a lowercase value', () => {
    const b = computeAtoms(['1996', '2016', 'abc']);
    expect(b.lower[0]).toBe(b.lower[1]);
  });
});

describe('sentence casing mode', () => {
  it('tells Title Case headlines and ALL CAPS lines from ordinary sentences', () => {
    expect(makeInput('Russian Ambassador Shot Dead In Ankara Gallery'.split(' ')).mode).toBe(MODE_TITLE);
    expect(makeInput('SOCCER - JAPAN GET LUCKY WIN'.split(' ')).mode).toBe(MODE_CAPS);
    expect(makeInput('The ambassador was shot in Ankara .'.split(' ')).mode).toBe(MODE_NORMAL);
  });
});

describe('feature templates', () => {
  it('write distinct integer keys, more for NER than for POS, within the buffer size', () => {
    const input = makeInput('Andrei Karlov was shot'.split(' '));
    const keys = new Int32Array(MAX_FEATURES);
    const nPos = posFeatures(input, 1, 3, 2, keys);
    expect(new Set(keys.subarray(0, nPos)).size).toBe(nPos);
    const nNer = nerFeatures(input, 1, 3, 2, keys);
    expect(nNer).toBeGreaterThan(nPos);
    expect(nNer).toBeLessThan(MAX_FEATURES);
    expect(keys.subarray(0, nNer).includes(0)).toBe(false);
  });

  it('depend on the previous label', () => {
    const input = makeInput('Andrei Karlov'.split(' '));
    const a = new Int32Array(MAX_FEATURES);
    const b = new Int32Array(MAX_FEATURES);
    const n = nerFeatures(input, 1, 1, -1, a);
    nerFeatures(input, 1, 2, -1, b);
    expect(Array.from(a.subarray(0, n))).not.toEqual(Array.from(b.subarray(0, n)));
  });
});

describe('label schemes', () => {
  it('reads IOB1 spans as conlleval does', () => {
    expect(spansFromIob(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
  });

  it('round-trips spans through BILOU', () => {
    const spans = [{ type: 'PER', start: 0, end: 3 }, { type: 'LOC', start: 4, end: 5 }];
    const tags = bilouFromSpans(spans, 6);
    expect(tags).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'O']);
    expect(spansFromLabels(tags)).toEqual(spans);
  });

  it('forbids impossible transitions', () => {
    const labels = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER'];
    const mask = transitionMask(labels);
    const ok = (prev: number, cur: number) => mask[(prev + 1) * labels.length + cur] === 1;
    expect(ok(-1, 2)).toBe(false); // I-PER at the start
    expect(ok(0, 3)).toBe(false); // L-PER after O
    expect(ok(1, 2)).toBe(true); // B-PER I-PER
    expect(ok(1, 0)).toBe(false); // B-PER must be continued
    expect(ok(3, 4)).toBe(true); // L-PER U-PER
  });
});

import { describe, expect, it } from 'vitest';
import { defaultNameLists, NAME_LISTS } from './name-lists.js';
import { MAX_FEATURES, NER_FEATURES } from './tagger/features.js';
import { makeInput } from './tagger/input.js';

const bit = (list: (typeof NAME_LISTS)[number]) => 1 << NAME_LISTS.indexOf(list);

describe('name lists', () => {
  const names = defaultNameLists();

  it('give each listed word the mask of the lists holding it, in any case', () => {
    expect(names.maskOf('Gareth') & bit('names-first')).toBeTruthy();
    expect(names.maskOf('GARETH')).toBe(names.maskOf('Gareth'));
    expect(names.maskOf('Chevron') & bit('names-companies')).toBeTruthy();
    expect(names.maskOf('Chevron') & bit('names-first')).toBeFalsy();
  });

  it('leave out the commonest English words', () => {
    expect(names.maskOf('Will')).toBe(0);
    expect(names.maskOf('Bank')).toBe(0);
  });

  it('give per-token masks to capitalised tokens only', () => {
    const f = names.features(['Gareth', 'gareth', 'said', 'Chevron']);
    expect(f[0]).toBe(names.maskOf('Gareth'));
    expect(f[1]).toBe(0);
    expect(f[2]).toBe(0);
    expect(f[3]).toBe(names.maskOf('Chevron'));
  });
});

describe('name-list NER features', () => {
  const names = defaultNameLists();
  const withNames = (words: string[]) => ({ ...makeInput(words), names: names.features(words) });
  const keys = new Int32Array(MAX_FEATURES);
  const other = new Int32Array(MAX_FEATURES);

  it('add word features to listed words without a cluster, depending on the word alone', () => {
    // Aanuoluwapo: a first name the clusters do not know.
    const a = withNames(['Aanuoluwapo', 'Diaconescu', 'said']);
    const b = withNames(['Then', 'Aanuoluwapo', 'spoke']);
    const na = NER_FEATURES.word(a, 0, keys, 0);
    const nb = NER_FEATURES.word(b, 1, other, 0);
    expect([...keys.subarray(0, na)]).toEqual([...other.subarray(0, nb)]); // so the word score cache stays exact
    expect(NER_FEATURES.word(makeInput(['Aanuoluwapo']), 0, other, 0)).toBeLessThan(na);
  });

  it('leave words with a cluster to their cluster features', () => {
    const words = ['Gareth', 'Evans'];
    expect(makeInput(words).atoms.cluster[0]).not.toBe(0);
    expect(names.features(words)[0]).not.toBe(0);
    expect(NER_FEATURES.full(withNames(words), 0, -1, -1, keys)).toBe(NER_FEATURES.full(makeInput(words), 0, -1, -1, other));
  });

  it("show the next token the previous word's lists", () => {
    const n = NER_FEATURES.full(withNames(['Aanuoluwapo', 'Xyzzq']), 1, 1, -1, keys);
    expect(NER_FEATURES.full(makeInput(['Aanuoluwapo', 'Xyzzq']), 1, 1, -1, other)).toBeLessThan(n);
  });
});

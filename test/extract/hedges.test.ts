import { describe, expect, it } from 'vitest';
import { annotate, docOf } from './annotate.js';

const hedgesOf = (text: string) => {
  const doc = annotate(docOf(text));
  return doc.get('hedges').map((h) => ({ cue: h.cue, scope: h.scope ? text.slice(h.scope.start, h.scope.end) : null, text: h.text }));
};

describe('hedges stage', () => {
  it('scopes an appositive hedge to the appositive', () => {
    expect(hedgesOf('The driver, reportedly a retired sailor, fled on foot.')).toEqual([
      { cue: 'reportedly', text: 'reportedly', scope: 'reportedly a retired sailor' },
    ]);
  });

  it('scopes an adjective hedge to its noun phrase', () => {
    expect(hedgesOf('Police are treating it as a suspected arson attack.')[0]?.scope).toBe('a suspected arson attack');
  });

  it('scopes an adverb inside a clause to the clause', () => {
    const [h] = hedgesOf('Two others were reportedly injured as the crowd ran.');
    expect(h?.scope).toBe('Two others were reportedly injured');
  });

  it('reads multi-word hedges, longest first', () => {
    const hs = hedgesOf('The captain is believed to have left early, and the crew may have followed.');
    expect(hs.map((h) => h.cue)).toEqual(['is believed to', 'may have']);
  });

  it('finds no hedge in a plain statement', () => {
    expect(hedgesOf('The ferry sank at 9 pm and all forty passengers were rescued.')).toEqual([]);
  });
});

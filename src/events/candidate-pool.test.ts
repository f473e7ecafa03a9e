import { describe, expect, it } from 'vitest';
import { clusteringConfig } from './config.js';
import { idfTable } from './idf.js';
import { bestEvent } from './cluster.js';
import { CandidatePool } from './candidate-pool.js';
import { recordFeatures } from './features.js';
import { centroidOf } from './centroid.js';
import { nameRarity } from './similarity.js';
import { cosine } from './terms.js';
import { makeRecord, sampleRecords } from '../../test/helpers/records.js';

const cfg = clusteringConfig();
const idfs = idfTable();
const features = (r: Parameters<typeof recordFeatures>[0]) => recordFeatures(r, cfg, idfs);

function samples() {
  const { bbc, reuters, tram, later } = sampleRecords();
  const toblerone = makeRecord({
    title: 'Toblerone widens the gaps between its chocolate peaks',
    body: 'Fans of the Swiss chocolate bar complained after the maker cut the weight of its bars by widening the gaps.',
    published: '2016-11-10',
  });
  return { bbc, reuters, tram, later, toblerone };
}

describe('CandidatePool: candidate events indexed by their words', () => {
  it("gives each candidate's text cosine with a record, as cosine does, and 0 to one not in the pool", () => {
    const { bbc, reuters, tram, toblerone } = samples();
    const pool = new CandidatePool([
      { id: 'consulate', centroid: centroidOf([features(bbc)], cfg) },
      { id: 'tram', centroid: centroidOf([features(tram)], cfg) },
      { id: 'toblerone', centroid: centroidOf([features(toblerone)], cfg) },
    ]);
    const f = features(reuters);
    const quick = pool.cosines(f.terms);
    for (const c of pool.list()) expect(quick(c.id)).toBeCloseTo(cosine(f.terms, c.centroid.terms), 12);
    expect(quick('consulate')).toBeGreaterThan(0.3);
    expect(quick('toblerone')).toBeLessThan(0.05);
    expect(quick('no such event')).toBe(0);
  });

  it('replaces a candidate set again: its new words count, its old ones not, and it keeps its place', () => {
    const { bbc, tram, toblerone } = samples();
    const pool = new CandidatePool([
      { id: 'a', centroid: centroidOf([features(bbc)], cfg) },
      { id: 'b', centroid: centroidOf([features(tram)], cfg) },
    ]);
    const chocolate = centroidOf([features(toblerone)], cfg);
    pool.set({ id: 'a', centroid: chocolate });
    expect(pool.list().map((c) => c.id)).toEqual(['a', 'b']);
    expect(pool.size).toBe(2);
    const quick = pool.cosines(features(toblerone).terms);
    expect(quick('a')).toBeCloseTo(1, 12);
    const fromConsulate = pool.cosines(features(bbc).terms)('a');
    expect(fromConsulate).toBeCloseTo(cosine(features(bbc).terms, chocolate.terms), 12);
    expect(fromConsulate).toBeLessThan(0.05);
  });

  it("keeps the names' event counts that nameRarity gives over the live candidates", () => {
    const { bbc, reuters, tram, later } = samples();
    const pool = new CandidatePool([
      { id: 'a', centroid: centroidOf([features(bbc)], cfg) },
      { id: 'b', centroid: centroidOf([features(tram)], cfg) },
    ]);
    pool.set({ id: 'a', centroid: centroidOf([features(bbc), features(reuters)], cfg) });
    pool.set({ id: 'c', centroid: centroidOf([features(later)], cfg) });
    pool.set({ id: 'b', centroid: centroidOf([features(later)], cfg) });
    const expected = nameRarity(pool.list().map((c) => c.centroid));
    const rarity = pool.rarity();
    expect(rarity.events).toBe(3);
    expect(new Map(rarity.df)).toEqual(expected.df);
  });

  it('makes bestEvent choose what it chooses from a list of the same candidates', () => {
    const { bbc, reuters, tram, later, toblerone } = samples();
    const candidates = [bbc, tram, later, toblerone].map((r) => ({ id: r.id, centroid: centroidOf([features(r)], cfg) }));
    for (const r of [reuters, bbc, tram, later, toblerone]) {
      const f = features(r);
      expect(bestEvent(f, new CandidatePool(candidates), cfg)).toEqual(bestEvent(f, candidates, cfg));
    }
    expect(bestEvent(features(reuters), new CandidatePool(candidates), cfg)?.id).toBe(bbc.id);
  });

  it('answers as cosine does for candidates set after it was built, however many (it packs them again)', () => {
    const { bbc, reuters, tram, later, toblerone } = samples();
    const centroids = [bbc, tram, later, toblerone].map((r) => centroidOf([features(r)], cfg));
    const pool = new CandidatePool();
    for (let i = 0; i < 300; i++) pool.set({ id: `e${i % 150}`, centroid: centroids[i % centroids.length]! });
    expect(pool.size).toBe(150);
    const f = features(reuters);
    const quick = pool.cosines(f.terms);
    for (const c of pool.list()) expect(quick(c.id)).toBeCloseTo(cosine(f.terms, c.centroid.terms), 12);
    expect(new Map(pool.rarity().df)).toEqual(nameRarity(pool.list().map((c) => c.centroid)).df);
  });
});

import { describe, expect, it } from 'vitest';
import { clusteringConfig, type ClusteringConfig } from './config.js';
import { idfTable } from './idf.js';
import { bestEvent } from './cluster.js';
import { recordFeatures, isPrecisePlace } from './features.js';
import { centroidOf } from './centroid.js';
import { nameRarity, nameWeight, similarity } from './similarity.js';
import { topTerms, wordNumber, wordOf } from './terms.js';
import { makeRecord, sampleRecords, MAZAR } from '../../test/helpers/records.js';

const base = clusteringConfig();
// Every part boosting, so each test sees the part it is about.
const cfg: ClusteringConfig = { ...base, weights: { entities: 1, place: 0.5, type: 0.2, time: 0.2 } };
const idfs = idfTable();
const features = (r: Parameters<typeof recordFeatures>[0]) => recordFeatures(r, cfg, idfs);

describe('similarity: the other parts raise the text cosine, never replace it', () => {
  it('gives 0 to a report that shares place, day, type and names but no words', () => {
    const { bbc } = sampleRecords();
    const centroid = centroidOf([features(bbc)], cfg);
    const wordless = makeRecord({
      title: 'Quarterly vineyard harvest figures', body: 'Grape growers published yields, autumn.',
      published: bbc.source.published, type: 'attack', when: '2016-11-10', where: ['Mazar-i-Sharif'],
      entities: [{ type: 'ORG', name: 'Taliban', mentions: 3 }, { type: 'GPE', name: 'Mazar-i-Sharif', mentions: 2, geo: MAZAR }],
    });
    const s = similarity(features(wordless), centroid, cfg);
    expect(s.parts).toMatchObject({ text: 0, entities: 1, place: 1, type: 1 });
    expect(s.score).toBe(0);
  });

  it('multiplies: the same parts raise a stronger text match more', () => {
    const { bbc, reuters } = sampleRecords();
    const centroid = centroidOf([features(bbc)], cfg);
    const s = similarity(features(reuters), centroid, cfg);
    const boost = 1 + cfg.weights.entities * s.parts.entities! + cfg.weights.place * s.parts.place! + cfg.weights.type * s.parts.type! + cfg.weights.time * s.parts.time!;
    expect(s.parts.text).toBeGreaterThan(0);
    expect(s.score).toBeCloseTo(s.parts.text * boost, 10);
  });

  it('counts a place only when it is finer than a country', () => {
    expect(isPrecisePlace('Mazar-i-Sharif')).toBe(true);
    expect(isPrecisePlace('Afghanistan')).toBe(false);
    const { bbc, reuters } = sampleRecords();
    const centroid = centroidOf([features(bbc)], cfg);
    const AFGHANISTAN = { name: 'Afghanistan', country: 'AF', lat: 33.8, lon: 65.9 };
    const vague = makeRecord({
      title: reuters.source.title!, body: reuters.text, published: reuters.source.published, type: 'attack',
      entities: [{ type: 'GPE', name: 'Afghanistan', mentions: 3, geo: AFGHANISTAN }], where: ['Afghanistan'],
    });
    expect(features(vague).place).toMatchObject({ name: 'Afghanistan', precise: false });
    expect(similarity(features(vague), centroid, cfg).parts.place).toBeUndefined();
  });
});

describe('name rarity among the candidate events', () => {
  it('weighs a name many candidates share below one a single candidate has', () => {
    const rarity = nameRarity([{ entityNames: ['person:trump', 'person:comey'] }, { entityNames: ['person:trump', 'person:gaga'] }, { entityNames: ['person:trump'] }]);
    expect(nameWeight(rarity, 'person:trump')).toBeLessThan(nameWeight(rarity, 'person:comey'));
    expect(nameWeight(rarity, 'person:trump')).toBeGreaterThan(0);
    expect(nameWeight(undefined, 'person:trump')).toBe(1);
  });

  it('lets a report sharing an event\'s rare name fit it better than one sharing only a name every event has', () => {
    const names = (ns: string[]) => ns.map((name) => ({ type: 'PERSON' as const, name, mentions: 2 }));
    const ev = (title: string, people: string[]) => makeRecord({ title, body: `${title}. Officials spoke on Monday.`, published: '2016-11-07', entities: names(people) });
    const fbi = features(ev('FBI review of emails closed', ['Comey', 'Trump']));
    const rally = features(ev('Rally in Michigan draws crowds', ['Gaga', 'Trump']));
    const report = features(ev('Emails review closed by the FBI director', ['Comey', 'Trump']));
    const rarity = nameRarity([centroidOf([fbi], cfg), centroidOf([rally], cfg)]);
    const toFbi = similarity(report, centroidOf([fbi], cfg), cfg, rarity).parts.entities!;
    const toRally = similarity(report, centroidOf([rally], cfg), cfg, rarity).parts.entities!;
    expect(toFbi).toBe(1);
    // "trump" is half the report's names but both candidates name it, so it weighs little.
    expect(toRally).toBeLessThan(0.5);
    expect(bestEvent(report, [{ id: 'rally', centroid: centroidOf([rally], cfg) }, { id: 'fbi', centroid: centroidOf([fbi], cfg) }], cfg)?.id).toBe('fbi');
  });
});

describe('topTerms', () => {
  it('keeps the largest entries, ties broken by word, as a full sort would', () => {
    const v = { b: 0.5, a: 0.5, c: 0.9, d: 0.1, e: 0.5 };
    const byNumber = new Map(Object.entries(v).map(([w, x]) => [wordNumber(w), x]));
    const words = (m: Map<number, number>) => [...m].map(([id, x]) => [wordOf(id), x]);
    // In the given order, then the ties kept by word: the order a centroid's length is summed in.
    expect(words(topTerms(byNumber, 3))).toEqual([['c', 0.9], ['a', 0.5], ['b', 0.5]]);
    expect(words(topTerms(byNumber, 10))).toEqual(Object.entries(v));
  });
});

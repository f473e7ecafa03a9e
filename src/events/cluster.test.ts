import { describe, expect, it } from 'vitest';
import { clusteringConfig } from './config.js';
import { idfTable } from './idf.js';
import { clusterRecords, bestEvent } from './cluster.js';
import { newEventId, buildEvent } from './build-event.js';
import { recordFeatures, entityKey } from './features.js';
import { centroidOf } from './centroid.js';
import { similarity, distanceKm } from './similarity.js';
import { scoreClustering } from './bcubed.js';
import { makeRecord, sampleRecords, KABUL, MAZAR } from '../../test/helpers/records.js';

const cfg = clusteringConfig();
const idfs = idfTable();
const features = (r: Parameters<typeof recordFeatures>[0]) => recordFeatures(r, cfg, idfs);

describe('event clustering', () => {
  it('joins reports of the same event from two outlets and keeps other events apart', () => {
    const { bbc, reuters, tram, later } = sampleRecords();
    const clusters = clusterRecords([tram, reuters, later, bbc], cfg, idfs, newEventId);
    const groups = clusters.map((c) => c.members.map((r) => r.id).sort());
    expect(groups).toContainEqual([bbc.id, reuters.id].sort());
    expect(groups).toContainEqual([tram.id]);
    // Same place, same names, same words, but a month later: another event.
    expect(groups).toContainEqual([later.id]);
    expect(clusters).toHaveLength(3);
  });

  it('gives the same clusters whatever order the records come in', () => {
    const { bbc, reuters, tram, later } = sampleRecords();
    const a = clusterRecords([bbc, reuters, tram, later], cfg, idfs, newEventId).map((c) => c.id).sort();
    const b = clusterRecords([later, tram, reuters, bbc], cfg, idfs, newEventId).map((c) => c.id).sort();
    expect(a).toEqual(b);
  });

  it('scores a matching report high on every part and an unrelated one low', () => {
    const { bbc, reuters, tram } = sampleRecords();
    const centroid = centroidOf([features(bbc)], cfg);
    const same = similarity(features(reuters), centroid, cfg);
    const other = similarity(features(tram), centroid, cfg);
    expect(same.parts.entities).toBe(1);
    expect(same.parts.place).toBe(1);
    expect(same.parts.type).toBe(1);
    expect(same.score).toBeGreaterThanOrEqual(cfg.threshold);
    expect(other.parts.place).toBe(0);
    expect(other.parts.type).toBe(0);
    expect(other.score).toBeLessThan(cfg.threshold);
  });

  it('lets place distance count: a far-away place lowers the score', () => {
    const { bbc } = sampleRecords();
    const centroid = centroidOf([features(bbc)], cfg);
    const moved = makeRecord({ ...specOf(bbc), entities: [{ type: 'GPE', name: 'Kabul', mentions: 2, geo: KABUL }], where: ['Kabul'] });
    expect(distanceKm(MAZAR, KABUL)).toBeGreaterThan(250);
    const near = similarity(features(bbc), centroid, cfg).parts.place!;
    const far = similarity(features(moved), centroid, cfg).parts.place!;
    expect(near).toBe(1);
    expect(far).toBeLessThan(0.5);
  });

  it('keeps a lone article as its own event', () => {
    const { tram } = sampleRecords();
    const clusters = clusterRecords([tram], cfg, idfs, newEventId);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.id).toBe(newEventId(tram.id));
  });

  it('adds incrementally: a new report joins the best event above the threshold, or starts one', () => {
    const { bbc, reuters, tram } = sampleRecords();
    const candidates = [
      { id: 'consulate', centroid: centroidOf([features(bbc)], cfg) },
      { id: 'tram', centroid: centroidOf([features(tram)], cfg) },
    ];
    expect(bestEvent(features(reuters), candidates, cfg)?.id).toBe('consulate');
    const unrelated = makeRecord({
      title: 'Toblerone widens the gaps between its chocolate peaks',
      body: 'Fans of the Swiss chocolate bar complained after the maker cut the weight of its bars by widening the gaps.',
      published: '2016-11-10',
    });
    expect(bestEvent(features(unrelated), candidates, cfg)).toBeNull();
  });

  it('merges fields and keeps disagreements with their sources: 2 killed (bbc) vs 4 killed (reuters)', () => {
    const { bbc, reuters } = sampleRecords();
    const ev = buildEvent('ev_x', [bbc, reuters], [features(bbc), features(reuters)], cfg, '2016-11-12T00:00:00.000Z');
    expect(ev.records.map((r) => r.id)).toEqual([bbc.id, reuters.id]);
    expect(ev.records[0]!.url).toBe('https://bbc.example/consulate');
    expect(ev.merged.perpetrators).toEqual(['Taliban']);
    expect(ev.merged.killed).toBe(4);
    expect(ev.when).toBe('2016-11-10');
    expect(ev.where?.name).toBe('Mazar-i-Sharif');
    expect(ev.type).toBe('attack');
    const killed = ev.disagreements.find((d) => d.field === 'killed');
    expect(killed?.values).toEqual(expect.arrayContaining([
      { value: 2, recordId: bbc.id, url: 'https://bbc.example/consulate', publisher: 'bbc' },
      { value: 4, recordId: reuters.id, url: 'https://reuters.example/mazar', publisher: 'reuters' },
    ]));
    expect(killed?.values).toHaveLength(2);
    expect(ev.disagreements.find((d) => d.field === 'injured')?.values.map((v) => v.value).sort()).toEqual([120, 128]);
    // They agree on who did it, where and when: no disagreement invented there.
    expect(ev.disagreements.map((d) => d.field).sort()).toEqual(['injured', 'killed']);
  });

  it('shows a lower bound as the source states it', () => {
    const { bbc, reuters } = sampleRecords();
    const vague = makeRecord({ ...specOf(reuters), killed: { min: 3, exact: false } });
    const ev = buildEvent('ev_y', [bbc, vague], [features(bbc), features(vague)], cfg, '2016-11-12T00:00:00.000Z');
    expect(ev.disagreements.find((d) => d.field === 'killed')?.values.map((v) => v.value)).toEqual(expect.arrayContaining([2, 'at least 3']));
  });

  it('reads a person by surname, as outlets shorten names', () => {
    expect(entityKey({ type: 'PERSON', name: 'James Comey' })).toBe(entityKey({ type: 'PERSON', name: 'Comey' }));
    expect(entityKey({ type: 'ORG', name: 'The Taliban' })).toBe('taliban');
  });
});

describe('B-cubed scores', () => {
  it('are 1 for a perfect clustering and fall for merged or split events', () => {
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);
    expect(scoreClustering(new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]), gold)).toMatchObject({ precision: 1, recall: 1, purity: 1 });
    const merged = scoreClustering(new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '1']]), gold);
    expect(merged.precision).toBeCloseTo(0.5);
    expect(merged.recall).toBe(1);
    const split = scoreClustering(new Map([['a', '1'], ['b', '2'], ['c', '3'], ['d', '4']]), gold);
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo(0.5);
  });
});

/** The spec a sample record was made from, enough to make a variant of it. */
function specOf(r: ReturnType<typeof sampleRecords>['bbc']) {
  const [title, lead, body] = r.text.split('\n\n');
  const where = r.event.where.map((a) => a.text);
  return {
    title: title!, lead, body: body!, published: r.source.published, url: r.source.url, publisher: r.source.publisher,
    type: r.event.type, when: r.event.when?.iso, where,
    entities: r.entities.map((e) => ({ type: e.type, name: e.name, mentions: e.mentions.length, geo: e.geo })),
    perpetrators: r.event.perpetrators.map((a) => a.text),
  };
}

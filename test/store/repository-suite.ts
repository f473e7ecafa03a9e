import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../src/store/repository.js';
import { makeEvent, makeRecord, sha256 } from './records.js';

/**
 * The one contract test both stores must pass. `open` gives a fresh, empty store (a temp SQLite
 * file, or a PostgreSQL schema of its own) and a cleanup that removes it.
 */
export function repositorySuite(name: string, open: () => Promise<{ repo: Repository; cleanup: () => Promise<void> }>): void {
  describe(`${name} repository`, () => {
    let repo: Repository;
    let cleanup: () => Promise<void>;

    const harbour = makeRecord({
      title: 'Blast at Izmir harbour kills three',
      body: 'An explosion tore through a warehouse at the Izmir harbour on Sunday, killing three workers. The port authority said the cause was not yet known. Governor Ayse Demir visited the site.',
      published: '2016-12-18', url: 'https://news.example/izmir-blast', publisher: 'Example News',
      type: 'explosion', summary: 'explosion killed three at Izmir harbour',
      entities: [['Izmir', 'GPE', ['Izmir', 'Izmir'], { name: 'Izmir', country: 'TR', lat: 38.41, lon: 27.14 }], ['Ayse Demir', 'PERSON', ['Ayse Demir', 'the governor', 'she']]],
      where: ['Izmir'], killed: 3,
    });
    const election = makeRecord({
      title: 'Blair calls a general election',
      body: 'Prime Minister Tony Blair said on Tuesday that the general election would be held in May. Mr Blair spoke in London after meeting the Queen.',
      published: '2005-04-05', type: 'politics', summary: 'Blair calls election',
      entities: [['Tony Blair', 'PERSON', ['Tony Blair', 'Blair']], ['London', 'GPE', ['London'], { name: 'London', country: 'GB', lat: 51.51, lon: -0.13 }]],
      where: ['London'],
    });
    const budget = makeRecord({
      title: 'Brown sets out the budget',
      body: 'Chancellor Gordon Brown presented the budget in London. Tony Blair praised the plans for schools.',
      published: '2005-03-16', type: 'politics',
      entities: [['Gordon Brown', 'PERSON', ['Gordon Brown']], ['Tony Blair', 'PERSON', ['Tony Blair']], ['London', 'GPE', ['London']]],
    });
    const undated = makeRecord({
      title: 'Ferry delayed by storm',
      body: 'A ferry from Dover was delayed for six hours by a storm in the Channel, the port authority said.',
      entities: [['Dover', 'GPE', ['Dover']]], type: 'weather',
    });
    const seeded = [harbour, election, budget, undated];

    beforeAll(async () => {
      ({ repo, cleanup } = await open());
      await repo.migrate();
      for (const r of seeded) await repo.putRecord(r, { contentHash: sha256(`raw:${r.id}`), origin: `${r.source.title}.txt` });
    });
    afterAll(async () => {
      await cleanup?.();
    });

    it('migrates twice without harm', async () => {
      await repo.migrate();
      expect(await repo.countRecords()).toBe(seeded.length);
    });

    it('gets a record back exactly as it was put', async () => {
      expect(await repo.getRecord(harbour.id)).toEqual(harbour);
      expect(await repo.getRecord('0'.repeat(64))).toBeNull();
    });

    it('stores nothing twice: same content hash, or same record id from another raw input', async () => {
      const again = await repo.putRecord(harbour, { contentHash: sha256(`raw:${harbour.id}`) });
      expect(again).toEqual({ stored: false, id: harbour.id });
      const otherRaw = sha256('the same article, saved with different markup');
      expect(await repo.hasContentHash(otherRaw)).toBe(false);
      expect((await repo.putRecord(harbour, { contentHash: otherRaw })).stored).toBe(false);
      // Its hash is remembered, so the next ingest of that input skips it before extraction.
      expect(await repo.hasContentHash(otherRaw)).toBe(true);
      expect(await repo.countRecords()).toBe(seeded.length);
    });

    it('puts a batch in one call and reports each item', async () => {
      const a = makeRecord({ title: 'Batch one', body: 'First of a batch about a lighthouse.' });
      const b = makeRecord({ title: 'Batch two', body: 'Second of a batch about a lighthouse.' });
      const res = await repo.putRecords([
        { record: a, meta: { contentHash: sha256('batch-a') } },
        { record: b, meta: { contentHash: sha256('batch-b') } },
        { record: a, meta: { contentHash: sha256('batch-a') } },
      ]);
      expect(res.map((r) => r.stored)).toEqual([true, true, false]);
      const known = await repo.storedContentHashes([sha256('batch-a'), sha256('batch-b'), sha256('never')]);
      expect([...known].sort()).toEqual([sha256('batch-a'), sha256('batch-b')].sort());
      expect((await repo.search({ q: 'lighthouse' })).total).toBe(2);
    });

    it('finds words with a snippet that marks them', async () => {
      const res = await repo.search({ q: 'warehouse' });
      expect(res.total).toBe(1);
      expect(res.hits[0]!.id).toBe(harbour.id);
      expect(res.hits[0]!.snippet).toMatch(/«warehouse»/i);
      expect(res.hits[0]).toMatchObject({ title: harbour.source.title, url: harbour.source.url, published: '2016-12-18', eventType: 'explosion' });
    });

    it('stems words and ANDs them', async () => {
      // "explosions" finds "explosion"; both words must be present.
      expect((await repo.search({ q: 'explosions' })).hits.map((h) => h.id)).toEqual([harbour.id]);
      expect((await repo.search({ q: 'Blair London' })).total).toBe(2);
      expect((await repo.search({ q: 'Blair Izmir' })).total).toBe(0);
    });

    it('searches phrases and OR', async () => {
      expect((await repo.search({ q: '"port authority"' })).hits.map((h) => h.id).sort()).toEqual([harbour.id, undated.id].sort());
      expect((await repo.search({ q: '"authority port"' })).total).toBe(0);
      expect((await repo.search({ q: 'ferry OR budget' })).total).toBe(2);
    });

    it('never fails on stray query syntax', async () => {
      for (const q of ['harbour "', 'AND OR (', 'Blair:', '-', '*', 'NEAR(a b)', "Blair's"]) {
        await expect(repo.search({ q })).resolves.toBeDefined();
      }
      expect((await repo.search({ q: "Blair's" })).total).toBeGreaterThanOrEqual(0);
    });

    it('filters by entity, case-insensitive, on any mention', async () => {
      const ids = (await repo.search({ q: 'London', entity: 'tony blair' })).hits.map((h) => h.id).sort();
      expect(ids).toEqual([election.id, budget.id].sort());
      // "Blair" is a mention only in the election story.
      expect((await repo.search({ entity: 'BLAIR' })).hits.map((h) => h.id)).toEqual([election.id]);
    });

    it('filters by type, place and dates, with or without a query', async () => {
      expect((await repo.search({ type: 'politics' })).total).toBe(2);
      expect((await repo.search({ q: 'Blair', type: 'politics' })).total).toBe(2);
      expect((await repo.search({ q: 'Blair', type: 'explosion' })).total).toBe(0);
      expect((await repo.search({ place: 'izmir' })).hits.map((h) => h.id)).toEqual([harbour.id]);
      expect((await repo.search({ q: 'budget', place: 'London' })).hits.map((h) => h.id)).toEqual([budget.id]);
      expect((await repo.search({ from: '2005-04-01' })).hits.map((h) => h.id)).toEqual([harbour.id, election.id]);
      expect((await repo.search({ to: '2005-04-01' })).hits.map((h) => h.id)).toEqual([budget.id]);
      expect((await repo.search({ q: 'Blair', from: '2005-03-16', to: '2005-03-16' })).hits.map((h) => h.id)).toEqual([budget.id]);
    });

    it('lists newest first without a query, and pages', async () => {
      const all = await repo.search({});
      expect(all.total).toBe(seeded.length + 2);
      expect(all.hits.slice(0, 3).map((h) => h.id)).toEqual([harbour.id, election.id, budget.id]);
      expect(all.hits[0]!.snippet).toMatch(/^Blast at Izmir harbour/);
      const page = await repo.search({ limit: 2, offset: 1 });
      expect(page.total).toBe(all.total);
      expect(page.hits.map((h) => h.id)).toEqual([election.id, budget.id]);
    });

    it('finds every record that mentions a name', async () => {
      const ids = (await repo.recordsMentioning('Tony Blair')).map((r) => r.id);
      expect(ids).toEqual([election.id, budget.id]);
      expect((await repo.recordsMentioning('dover')).map((r) => r.id)).toEqual([undated.id]);
      expect(await repo.recordsMentioning('Nobody At All')).toEqual([]);
      // Coreference links "she" and "the governor" to Ayse Demir; only names are indexed.
      expect((await repo.recordsMentioning('ayse demir')).map((r) => r.id)).toEqual([harbour.id]);
      expect(await repo.recordsMentioning('the governor')).toEqual([]);
      expect(await repo.recordsMentioning('she')).toEqual([]);
    });

    it('streams all records oldest first', async () => {
      const ids: string[] = [];
      for await (const r of repo.allRecords()) ids.push(r.id);
      expect(ids.slice(0, 4)).toEqual(seeded.map((r) => r.id));
      expect(ids).toHaveLength(seeded.length + 2);
    });

    it('puts, gets, lists and updates events', async () => {
      const e1 = makeEvent('ev-izmir', [harbour]);
      const e2 = makeEvent('ev-election', [election, budget], { type: 'politics', when: '2005-04-05', where: null });
      await repo.putEvent(e1);
      await repo.putEvent(e2);
      expect(await repo.getEvent('ev-izmir')).toEqual(e1);
      expect(await repo.getEvent('nope')).toBeNull();
      expect((await repo.listEvents()).map((e) => e.id)).toEqual(['ev-izmir', 'ev-election']);
      expect((await repo.listEvents({ type: 'politics' })).map((e) => e.id)).toEqual(['ev-election']);
      expect((await repo.listEvents({ from: '2010-01-01' })).map((e) => e.id)).toEqual(['ev-izmir']);
      expect((await repo.listEvents({ to: '2010-01-01' })).map((e) => e.id)).toEqual(['ev-election']);
      expect(await repo.listEvents({ limit: 1 })).toHaveLength(1);
      expect(await repo.eventOfRecord(budget.id)).toBe('ev-election');
      expect(await repo.eventOfRecord(undated.id)).toBeNull();
      // Clustering moves the budget story into its own event: membership follows the latest put.
      const e3 = makeEvent('ev-budget', [budget], { type: 'politics', when: '2005-03-16' });
      await repo.putEvent(e3);
      await repo.putEvent({ ...e2, records: e2.records.filter((r) => r.id !== budget.id), updatedAt: '2026-11-26T11:00:00.000Z' });
      expect(await repo.eventOfRecord(budget.id)).toBe('ev-budget');
      expect(await repo.eventOfRecord(election.id)).toBe('ev-election');
      expect((await repo.getEvent('ev-election'))!.records).toHaveLength(1);
    });

    it('puts several events in one call, in order: a record belongs to the last that names it', async () => {
      await repo.putEvents([]);
      const a = makeEvent('ev-batch-a', [harbour], { when: '2024-06-07' });
      const b = makeEvent('ev-batch-b', [harbour, undated], { when: '2024-06-08' });
      await repo.putEvents([a, b]);
      expect(await repo.getEvent('ev-batch-a')).toEqual(a);
      expect(await repo.getEvent('ev-batch-b')).toEqual(b);
      expect(await repo.eventOfRecord(harbour.id)).toBe('ev-batch-b');
      expect(await repo.eventOfRecord(undated.id)).toBe('ev-batch-b');
      // An id put twice in one call counts as written last, in the place of its last putting.
      const a2 = { ...a, records: [...a.records, ...makeEvent('x', [undated]).records], updatedAt: '2026-11-26T12:00:00.000Z' };
      await repo.putEvents([a, b, a2]);
      expect(await repo.getEvent('ev-batch-a')).toEqual(a2);
      expect(await repo.eventOfRecord(harbour.id)).toBe('ev-batch-a');
      expect(await repo.eventOfRecord(undated.id)).toBe('ev-batch-a');
      expect(await repo.eventsOfRecords([harbour.id, 'nope', undated.id, harbour.id])).toEqual(new Map([[harbour.id, 'ev-batch-a'], [undated.id, 'ev-batch-a']]));
      expect(await repo.eventsOfRecords([])).toEqual(new Map());
    });

    it('lists events\' ids and update times in listEvents\' order, and gets events by id', async () => {
      const e1 = makeEvent('ev-stamp-1', [harbour], { when: '2031-01-01', updatedAt: '2026-11-26T10:00:00.000Z' });
      const e2 = makeEvent('ev-stamp-2', [election], { type: 'politics', when: '2031-01-02', updatedAt: '2026-11-26T11:00:00.000Z' });
      await repo.putEvents([e1, e2]);
      for (const query of [{}, { type: 'politics' }, { from: '2010-01-01' }, { to: '2010-01-01' }, { limit: 1 }]) {
        const stamps = await repo.listEventStamps(query);
        expect(stamps).toEqual((await repo.listEvents(query)).map((e) => ({ id: e.id, updatedAt: e.updatedAt })));
      }
      expect(await repo.listEventStamps({ from: '2031-01-01' })).toEqual([
        { id: 'ev-stamp-2', updatedAt: '2026-11-26T11:00:00.000Z' }, { id: 'ev-stamp-1', updatedAt: '2026-11-26T10:00:00.000Z' },
      ]);
      const got = await repo.getEvents(['ev-stamp-2', 'nope', 'ev-stamp-1']);
      expect(got.sort((x, y) => x.id.localeCompare(y.id))).toEqual([e1, e2]);
      expect(await repo.getEvents([])).toEqual([]);
    });
  });
}

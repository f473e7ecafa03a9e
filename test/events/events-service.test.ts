import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusteringSession, EventsService } from '../../src/app/events-service.js';
import { useWordCap, wordGeneration } from '../../src/events/terms.js';
import { SqliteRepository } from '../../src/store/sqlite-repository.js';
import { PgRepository } from '../../src/store/pg-repository.js';
import type { Repository } from '../../src/store/repository.js';
import { makeRecord, sampleRecords } from '../helpers/records.js';
import { freshPgSchema } from '../helpers/pg-schema.js';
import { runCli } from '../helpers/cli.js';

const service = new EventsService(undefined, undefined, () => '2016-11-12T00:00:00.000Z');

function eventsSuite(name: string, open: () => Promise<{ repo: Repository; cli: string[]; cleanup: () => Promise<void> }>): void {
  describe(`events on ${name}`, () => {
    let repo: Repository;
    let cli: string[];
    let cleanup: () => Promise<void>;
    const { bbc, reuters, tram, later } = sampleRecords();
    beforeAll(async () => {
      ({ repo, cli, cleanup } = await open());
      await repo.migrate();
    });
    afterAll(async () => cleanup());

    it('assigns records one at a time: a second outlet joins, another event starts its own', async () => {
      for (const r of [bbc, tram, reuters, later]) await repo.putRecord(r, { contentHash: r.id });
      expect((await service.assignRecord(repo, bbc)).outcome).toBe('created');
      expect((await service.assignRecord(repo, tram)).outcome).toBe('created');
      const joined = await service.assignRecord(repo, reuters);
      expect(joined).toMatchObject({ outcome: 'joined' });
      expect(joined.eventId).toBe(await repo.eventOfRecord(bbc.id));
      expect((await service.assignRecord(repo, later)).outcome).toBe('created');
      // At-least-once delivery: assigning again changes nothing.
      expect(await service.assignRecord(repo, reuters)).toEqual({ eventId: joined.eventId, outcome: 'already' });
      const ev = await repo.getEvent(joined.eventId);
      expect(ev?.records.map((r) => r.id)).toEqual([bbc.id, reuters.id]);
      expect(ev?.disagreements.find((d) => d.field === 'killed')?.values.map((v) => [v.value, v.publisher])).toEqual(
        expect.arrayContaining([[2, 'bbc'], [4, 'reuters']]),
      );
      expect(await repo.listEvents()).toHaveLength(3);
    });

    it('prints events as JSON through the built CLI, and rebuilds them', async () => {
      const res = runCli(['events', '--json', ...cli]);
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      const events = JSON.parse(res.stdout) as Array<Record<string, unknown> & { records: { id: string; url?: string }[]; disagreements: { field: string }[] }>;
      expect(events).toHaveLength(3);
      const consulate = events.find((e) => e.records.some((r) => r.id === bbc.id))!;
      expect(consulate).toMatchObject({ type: 'attack', when: '2016-11-10', where: { name: 'Mazar-i-Sharif' } });
      expect(consulate.records).toEqual([
        expect.objectContaining({ id: bbc.id, url: 'https://bbc.example/consulate' }),
        expect.objectContaining({ id: reuters.id, url: 'https://reuters.example/mazar' }),
      ]);
      expect(consulate).toHaveProperty('merged.perpetrators', ['Taliban']);
      expect(consulate.disagreements.map((d) => d.field)).toContain('killed');
      expect(consulate).not.toHaveProperty('centroid');

      const rebuilt = runCli(['events', '--json', '--rebuild', ...cli]);
      expect(rebuilt.status).toBe(0);
      expect(rebuilt.stderr).toMatch(/rebuilt: 4 records in 3 events/);
      const again = JSON.parse(rebuilt.stdout) as typeof events;
      expect(again.map((e) => e.records.map((r) => r.id).sort()).sort()).toEqual(events.map((e) => e.records.map((r) => r.id).sort()).sort());

      const text = runCli(['events', ...cli]);
      expect(text.status).toBe(0);
      expect(text.stdout).toMatch(/sources disagree on killed: (2 \(bbc\) \/ 4 \(reuters\)|4 \(reuters\) \/ 2 \(bbc\))/);
    });

    it('drops stale events on rebuild', async () => {
      const lone = makeRecord({ title: 'Swiss chocolate maker widens gaps in its bars', body: 'Fans complained about the new shape of the bar.', published: '2016-11-08' });
      await repo.putRecord(lone, { contentHash: lone.id });
      await service.assignRecord(repo, lone);
      expect(await repo.listEvents()).toHaveLength(4);
      await repo.clearEvents();
      expect(await repo.listEvents()).toHaveLength(0);
      expect(await repo.eventOfRecord(lone.id)).toBeNull();
      expect(await service.rebuild(repo)).toEqual({ records: 5, events: 4 });
      expect(await repo.eventOfRecord(lone.id)).not.toBeNull();
    });

    it('keeps a session from batch to batch, and reads again an event another writer changed', async () => {
      await repo.clearEvents();
      const session = new ClusteringSession();
      expect((await service.assignRecords(repo, [bbc, tram], session)).map((a) => a.outcome)).toEqual(['created', 'created']);
      // Another writer (a queue worker; its clock a day on) adds a report to the consulate event.
      const other = new EventsService(undefined, undefined, () => '2016-11-13T00:00:00.000Z');
      expect((await other.assignRecord(repo, reuters)).outcome).toBe('joined');
      // The session's copy of that event is out of date: it reads the stored one, so a third report
      // joins both (from the copy, the event would lose the report the other writer added).
      const afp = makeRecord({
        title: 'Suicide truck bomb at German consulate in Mazar-i-Sharif',
        lead: 'A Taliban suicide bomber rammed a truck into the German consulate in Mazar-i-Sharif.',
        body: 'The truck bomb killed four people and injured more than a hundred at the consulate, officials said. The Taliban said the attack avenged air strikes. Gunfire followed the explosion.',
        published: '2016-11-11', url: 'https://afp.example/consulate', publisher: 'afp', type: 'attack', when: '2016-11-10',
        entities: [{ type: 'ORG', name: 'Taliban', mentions: 2 }, { type: 'GPE', name: 'Mazar-i-Sharif', mentions: 1 }, { type: 'GPE', name: 'Germany', mentions: 1 }],
        where: ['Mazar-i-Sharif'], perpetrators: ['Taliban'], killed: 4, injured: 100,
      });
      await repo.putRecord(afp, { contentHash: afp.id });
      const [joined] = await service.assignRecords(repo, [afp], session);
      expect(joined).toMatchObject({ outcome: 'joined', eventId: await repo.eventOfRecord(bbc.id) });
      expect((await repo.getEvent(joined!.eventId))!.records.map((r) => r.id)).toEqual([bbc.id, reuters.id, afp.id]);
      expect(await repo.listEvents()).toHaveLength(2);
    });

    it('clusters alike when the word numbering starts afresh between two batches of a session', async () => {
      const run = async (cap: number) => {
        await repo.clearEvents();
        const session = new ClusteringSession();
        const before = useWordCap(cap);
        try {
          await service.assignRecords(repo, [bbc, tram], session);
          await service.assignRecords(repo, [reuters, later], session);
        } finally {
          useWordCap(before);
        }
        return (await repo.listEvents()).map((e) => ({ id: e.id, records: e.records.map((r) => r.id), centroid: e.centroid })).sort((a, b) => (a.id < b.id ? -1 : 1));
      };
      const generation = wordGeneration();
      const fresh = await run(0); // every batch starts the numbering afresh
      expect(wordGeneration()).toBeGreaterThan(generation);
      expect(fresh).toEqual(await run(Number.MAX_SAFE_INTEGER));
      expect(fresh.find((e) => e.records.includes(bbc.id))?.records).toEqual([bbc.id, reuters.id]);
    });
  });
}

let dir: string;
eventsSuite('SQLite', async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-events-'));
  const file = join(dir, 'store.db');
  return { repo: SqliteRepository.open(file), cli: ['--db', file], cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

const pgUrl = process.env.DOSSIER_TEST_PG_URL;
if (pgUrl) {
  eventsSuite('PostgreSQL', async () => {
    const { schema, url, drop } = await freshPgSchema(pgUrl);
    const repo = PgRepository.open({ url: pgUrl, schema });
    return { repo, cli: ['--pg', url], cleanup: async () => { await repo.close(); await drop(); } };
  });
} else {
  describe('events on PostgreSQL', () => {
    it.skip('SKIPPED: DOSSIER_TEST_PG_URL is not set (e.g. postgres://postgres:postgres@127.0.0.1:5432/dossier_test)', () => {});
  });
}

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ExtractService } from '../../src/app/extract-service.js';
import { StoreService } from '../../src/app/store-service.js';
import type { DossierRecord } from '../../src/core/record.js';
import { buildServer } from '../../src/server/build-server.js';
import type { StoredEvent } from '../../src/store/repository.js';
import { SqliteRepository } from '../../src/store/sqlite-repository.js';
import { repoRoot } from '../helpers/cli.js';

const EXAMPLE = readFileSync(`${repoRoot}/examples/harbour-blast.txt`, 'utf8');
const OTHER = 'Flood waters closed the main road into Wexby on Tuesday, the county council said. Nobody was hurt.';

/** POST /api/extract {save: true} puts the record into an event, as `dossier ingest` does. */
describe('saving from the API assigns events', () => {
  let app: FastifyInstance;
  let repo: SqliteRepository;
  const extract = new ExtractService();
  const save = async (text: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/extract', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ text, save: true }) });
    expect(res.statusCode).toBe(200);
    return res.json() as DossierRecord;
  };
  const events = async () => (await app.inject('/api/events')).json() as StoredEvent[];

  beforeAll(async () => {
    repo = SqliteRepository.open(':memory:');
    await repo.migrate();
    app = await buildServer({ extract, store: new StoreService(repo), storeKind: 'sqlite' });
  });
  afterAll(async () => app.close());

  it('a saved record is in one event; the same article saved again (even at once) stays in that one', async () => {
    const [a, b] = await Promise.all([save(EXAMPLE), save(EXAMPLE)]);
    expect(a!.id).toBe(b!.id);
    const after = await events();
    expect(after).toHaveLength(1);
    expect(after[0]!.records.map((r) => r.id)).toEqual([a!.id]);
    expect(await repo.eventOfRecord(a!.id)).toBe(after[0]!.id);
    await save(EXAMPLE);
    expect(await events()).toEqual(after);
  });

  it('a different story saved later starts an event of its own', async () => {
    const other = await save(OTHER);
    const all = await events();
    expect(all).toHaveLength(2);
    expect(all.filter((e) => e.records.some((r) => r.id === other.id))).toHaveLength(1);
  });

  it('a record stored before without an event gets one when saved again', async () => {
    const { record } = extract.extractArticle({ title: 'Quiet harbour', body: 'The harbour at Portmere reopened on Monday after repairs, the port authority said.', meta: { origin: 'test' } });
    await repo.putRecord(record, { contentHash: 'quiet-harbour' });
    expect(await repo.eventOfRecord(record.id)).toBeNull();
    const saved = await new StoreService(repo).save(record, { contentHash: 'quiet-harbour' });
    expect(saved).toMatchObject({ stored: false, id: record.id });
    expect(await repo.eventOfRecord(record.id)).toBe(saved.eventId);
  });
});

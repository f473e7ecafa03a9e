import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { PgRepository } from '../../src/store/pg-repository.js';
import { repositorySuite } from './repository-suite.js';

const url = process.env.DOSSIER_TEST_PG_URL;

if (url) {
  // Each run gets a schema of its own (other sessions share the server), dropped afterwards.
  repositorySuite('PostgreSQL', async () => {
    const schema = `dossier_test_${randomBytes(6).toString('hex')}`;
    const repo = PgRepository.open({ url, schema });
    return {
      repo,
      cleanup: async () => {
        await repo.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    };
  });
} else {
  describe('PostgreSQL repository', () => {
    it.skip('SKIPPED: DOSSIER_TEST_PG_URL is not set (e.g. postgres://postgres:postgres@127.0.0.1:5432/dossier_test)', () => {});
  });
}

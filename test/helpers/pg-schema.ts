import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A fresh PostgreSQL schema for one test file (other sessions share the server), and a URL that uses it. */
export async function freshPgSchema(url: string): Promise<{ schema: string; url: string; drop: () => Promise<void> }> {
  const schema = `dossier_test_${randomBytes(6).toString('hex')}`;
  const admin = async (query: string): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { schema, url: u.toString(), drop: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

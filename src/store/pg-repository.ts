import pg from 'pg';
import { Kysely, PostgresDialect, sql, type RawBuilder, type Transaction } from 'kysely';
import { DossierError } from '../core/errors.js';
import { hit, KyselyRepository, type SummaryRow } from './kysely-repository.js';
import { pgMigrations } from './migrations.js';
import type { SearchResult } from './repository.js';
import type { StoreTables } from './schema.js';

export interface PgOptions {
  readonly url: string;
  /** Schema to use (created by migrate); tests give each file its own. Default: the server's search_path. */
  readonly schema?: string;
  readonly maxConnections?: number;
}

const HEADLINE = 'StartSel=«, StopSel=», MaxWords=20, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "';

/**
 * The scale-out store: PostgreSQL, searched through a generated tsvector column (title weighted
 * above body) with a GIN index; snippets from ts_headline. Any number of workers may write at once.
 */
export class PgRepository extends KyselyRepository {
  private readonly schema?: string;

  static open(opts: PgOptions): PgRepository {
    if (opts.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) {
      throw new DossierError('USAGE', `${opts.schema}: not a plain schema name (lower-case letters, digits, _)`);
    }
    let pool: pg.Pool;
    try {
      pool = new pg.Pool({
        connectionString: opts.url,
        max: opts.maxConnections ?? 4,
        options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
      });
    } catch (err) {
      throw new DossierError('STORE_FAILED', `${redact(opts.url)}: cannot open the database (${(err as Error).message})`, { cause: err });
    }
    // An idle client that loses its server must not crash the process; the next query reports it.
    pool.on('error', () => {});
    return new PgRepository(new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) }), redact(opts.url), opts.schema);
  }

  private constructor(db: Kysely<StoreTables>, label: string, schema?: string) {
    super(db, label, pgMigrations);
    this.schema = schema;
  }

  override async migrate(): Promise<void> {
    if (this.schema) await this.guard('create schema', () => sql.raw(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`).execute(this.db));
    await super.migrate();
  }

  // Workers starting together would otherwise race to create the same tables.
  protected async lockMigrations(trx: Transaction<StoreTables>): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(hashtext('dossier-migrate:' || current_schema()))`.execute(trx);
  }

  protected async fullTextSearch(q: string, filters: RawBuilder<unknown>[], limit: number, offset: number): Promise<SearchResult> {
    const tsquery = sql`websearch_to_tsquery('english', ${q})`;
    const where = sql.join([sql`r.tsv @@ ${tsquery}`, ...filters], sql` AND `);
    const total = await sql<{ n: string }>`SELECT count(*) AS n FROM records r WHERE ${where}`.execute(this.db);
    // Rank and page first, then ts_headline only the page: it re-parses each text.
    const rows = await sql<SummaryRow & { snippet: string }>`
      SELECT page.id, page.origin, page.title, page.url, page.published, page.event_type, page.summary,
             ts_headline('english', page.text, ${tsquery}, ${HEADLINE}) AS snippet
      FROM (SELECT r.id, r.origin, r.title, r.url, r.published, r.event_type, r.summary, r.text, r.seq,
                   ts_rank(r.tsv, ${tsquery}) AS rank
            FROM records r WHERE ${where}
            ORDER BY rank DESC, r.seq DESC LIMIT ${limit} OFFSET ${offset}) page
      ORDER BY page.rank DESC, page.seq DESC`.execute(this.db);
    return { total: Number(total.rows[0]?.n ?? 0), hits: rows.rows.map((r) => hit(r, r.snippet)) };
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres URL';
  }
}

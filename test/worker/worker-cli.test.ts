import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ErrorCodes } from '../../src/core/errors.js';

const noQueueEnv = { DOSSIER_REDIS_URL: '', DOSSIER_PG_URL: '' };

describe('dossier worker and ingest --queue: bad settings give one clear line', () => {
  it('asks for a Redis URL', () => {
    const res = runCli(['worker', '--pg', 'postgres://127.0.0.1:1/x'], { env: noQueueEnv });
    expect(res.status).toBe(ErrorCodes.USAGE.exit);
    expect(res.stderr.trim()).toBe('dossier: --redis: a Redis URL is needed (redis://host:6379), or set DOSSIER_REDIS_URL');
  });

  it('asks for PostgreSQL', () => {
    const res = runCli(['worker', '--redis', 'redis://127.0.0.1:1'], { env: noQueueEnv });
    expect(res.status).toBe(ErrorCodes.USAGE.exit);
    expect(res.stderr).toMatch(/--pg: workers write to PostgreSQL/);
  });

  it('refuses a URL that is not redis://', () => {
    const res = runCli(['ingest', 'test/fixtures/events-articles', '--queue', '--redis', 'http://127.0.0.1:6379'], { env: noQueueEnv });
    expect(res.status).toBe(ErrorCodes.USAGE.exit);
    expect(res.stderr).toMatch(/--redis http:\/\/127\.0\.0\.1:6379: not a redis:\/\/ URL/);
  });

  it('says when Redis cannot be reached, instead of waiting for ever', () => {
    const res = runCli(['ingest', 'test/fixtures/events-articles', '--queue', '--redis', 'redis://127.0.0.1:1'], { env: noQueueEnv });
    expect(res.status).toBe(ErrorCodes.STORE_FAILED.exit);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toEqual(['dossier: redis://127.0.0.1:1: cannot reach Redis (connect ECONNREFUSED 127.0.0.1:1)']);
  });
});

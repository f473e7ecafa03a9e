import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A lock shared by every worker through Redis (SET NX PX): assigning a record to an event reads
 * the event and writes it back, so two workers must not do it at once. A worker that dies holding
 * it loses it after `ttlMs`.
 */
export class RedisLock {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly ttlMs: number,
    private readonly retryMs = 25,
  ) {}

  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    while ((await this.redis.set(this.key, token, 'PX', this.ttlMs, 'NX')) !== 'OK') {
      await new Promise((r) => setTimeout(r, this.retryMs));
    }
    try {
      return await fn();
    } finally {
      await this.redis.eval(RELEASE, 1, this.key, token);
    }
  }
}

/**
 * The article queue's default name and Redis key prefix, apart from the queue client (bullmq,
 * ioredis), so that `dossier --help` and `dossier worker --help` print them without loading it.
 */
export const DEFAULT_QUEUE_NAME = 'dossier-articles';
export const DEFAULT_QUEUE_PREFIX = 'dossier';

/**
 * A batch is written when it has this many records (or has waited FLUSH_MS, see ingest-service.ts).
 * Each batch is one transaction and one round of clustering, whose cost grows with the events
 * stored (their centroids are read and indexed afresh each round): 400 BBC articles, alternating
 * runs, 165.9-186.4 articles/s with 100 against 147.0-162.0 with 50 (4.1 against 4.6 CPU s; peak
 * 272 against 268 MB); all 2,225: 176.3 against 157.6 (peak 353 against 337 MB). 200 measured no
 * faster. Apart from the service, so that `dossier ingest --help` prints it without loading the
 * pipeline.
 */
export const DEFAULT_BATCH = 100;

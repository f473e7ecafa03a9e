import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { packagePath } from '../core/resources.js';
import { DossierError } from '../core/errors.js';

/** Thresholds and weights of event clustering: data in resources/events/clustering.json, not code. */
export const ClusteringConfigSchema = z.object({
  /** A record is compared only with events dated within this many days of it. */
  windowDays: z.number().nonnegative(),
  /** A record joins the best event scoring at least this; otherwise it starts a new one. */
  threshold: z.number().nonnegative(),
  /**
   * How much each part raises the text cosine: score = text × (1 + Σ weight × part). A part missing
   * on either side adds nothing.
   */
  weights: z.object({
    entities: z.number().nonnegative(),
    place: z.number().nonnegative(),
    type: z.number().nonnegative(),
    time: z.number().nonnegative(),
  }),
  /** Places closer than `near` km score 1, farther than `far` km score 0, linear between. */
  placeKm: z.object({ near: z.number().nonnegative(), far: z.number().positive() }),
  /** Title and lead words count more than body words; only the first `bodyWords` body words count. */
  text: z.object({ titleWeight: z.number().nonnegative(), leadWeight: z.number().nonnegative(), bodyWords: z.number().int().nonnegative() }),
  maxCentroidTerms: z.number().int().positive(),
  maxEntityNames: z.number().int().positive(),
  /** The record's most-mentioned names compared with the event's. */
  maxRecordEntities: z.number().int().positive(),
  /** How many ranked args (who, perpetrators, ...) of each record count towards the merged fields. */
  argsPerRecord: z.number().int().positive(),
});

export type ClusteringConfig = z.infer<typeof ClusteringConfigSchema>;

export const CLUSTERING_CONFIG_PATH = packagePath('resources', 'events', 'clustering.json');

let cached: ClusteringConfig | undefined;

export function clusteringConfig(): ClusteringConfig {
  if (!cached) {
    if (!existsSync(CLUSTERING_CONFIG_PATH)) throw new DossierError('DATA_MISSING', `${CLUSTERING_CONFIG_PATH}: clustering settings are missing from the package`);
    const parsed = ClusteringConfigSchema.safeParse(JSON.parse(readFileSync(CLUSTERING_CONFIG_PATH, 'utf8')));
    if (!parsed.success) throw new DossierError('DATA_MISSING', `${CLUSTERING_CONFIG_PATH}: invalid clustering settings (${parsed.error.issues[0]?.message})`);
    cached = parsed.data;
  }
  return cached;
}

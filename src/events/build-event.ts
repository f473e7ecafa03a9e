import type { DossierRecord } from '../core/record.js';
import type { EventCentroid, StoredEvent } from '../store/repository.js';
import type { ClusteringConfig } from './config.js';
import { centroidOf, mode } from './centroid.js';
import { recordPlace, type RecordFeatures } from './features.js';
import { mergeFields } from './merge.js';
import { cosine } from './terms.js';

/** An event's id comes from the record that started it, so a rebuild in the same order gives the same ids. */
export function newEventId(recordId: string): string {
  return `ev_${recordId.slice(0, 20)}`;
}

function summaryOf(record: DossierRecord): string {
  if (record.event.summary.trim()) return record.event.summary.trim();
  if (record.source.title?.trim()) return record.source.title.trim();
  const first = record.sentences[0];
  return (first ? record.text.slice(first.start, first.end) : record.text.slice(0, 200)).trim();
}

/**
 * A stored event from its member records (in the order they joined) and their features:
 * centroid, summary from the member closest to it, date, place, merged fields and disagreements.
 */
export function buildEvent(
  id: string,
  members: readonly DossierRecord[],
  features: readonly RecordFeatures[],
  cfg: ClusteringConfig,
  updatedAt: string,
  /** `centroidOf(features, cfg)`, when the caller has it already (incremental clustering keeps it). */
  centroid: EventCentroid = centroidOf(features, cfg),
): StoredEvent {
  let central = 0;
  let bestCos = -1;
  features.forEach((f, i) => {
    const c = cosine(f.terms, centroid.terms);
    if (c > bestCos) [central, bestCos] = [i, c];
  });
  const places = members.flatMap((r) => {
    const p = recordPlace(r);
    return p ? [p] : [];
  });
  const placeName = mode(places.map((p) => p.name));
  const place = places.find((p) => p.name === placeName);
  const { merged, disagreements } = mergeFields(members, cfg);
  return {
    id,
    type: centroid.type,
    summary: members[central] ? summaryOf(members[central]) : '',
    when: centroid.day ?? null,
    where: place
      ? { name: place.name, lat: centroid.lat ?? place.lat, lon: centroid.lon ?? place.lon, country: place.country }
      : null,
    records: members.map((r) => {
      const entry: { id: string; url?: string; title?: string; publisher?: string } = { id: r.id };
      if (r.source.url) entry.url = r.source.url;
      if (r.source.title) entry.title = r.source.title;
      if (r.source.publisher) entry.publisher = r.source.publisher;
      return entry;
    }),
    merged,
    disagreements,
    centroid,
    updatedAt,
  };
}

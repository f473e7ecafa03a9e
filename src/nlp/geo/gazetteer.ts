import type { Geo } from '../../core/record.js';
import { lexiconLines } from '../../core/resources.js';
import { cityTable, type CityTable } from './cities.js';
import { countryIndex } from './countries.js';
import { placeKey } from './place-key.js';

/** A place the gazetteer knows, before the article's context picks among namesakes. */
export interface PlaceCandidate {
  readonly geo: Geo;
  readonly kind: 'country' | 'region' | 'city';
  /** US state code for states and US cities; lends context to namesakes ("Paris" near "Texas"). */
  readonly admin?: string;
  readonly population: number;
  readonly capital: boolean;
}

/** The article's places that pick among namesakes: their countries and US states. */
export interface PlaceContext {
  /** Country code -> how many of the article's other places lie in it. */
  readonly countries: ReadonlyMap<string, number>;
  readonly admins: ReadonlySet<string>;
}

interface Regions {
  byKey: Map<string, { code: string; name: string }>;
  aliases: Map<string, string>;
  centres: Map<string, Geo>;
}

let regions: Regions | undefined;

function loadRegions(): Regions {
  if (regions) return regions;
  const aliases = new Map<string, string>();
  for (const line of lexiconLines('place-aliases')) {
    const [alias, target] = line.split('=').map((s) => s.trim());
    if (alias && target) aliases.set(placeKey(alias), placeKey(target));
  }
  const byKey = new Map<string, { code: string; name: string }>();
  for (const line of lexiconLines('us-states')) {
    const words = line.split(/\s+/);
    const code = words.pop();
    if (!code || !/^[A-Z]{2}$/.test(code) || words.length === 0) continue;
    const full = words.join(' ');
    const name = full.endsWith(' State') ? full.slice(0, -' State'.length) : full;
    byKey.set(placeKey(full), { code, name });
    byKey.set(placeKey(name), { code, name });
  }
  regions = { byKey, aliases, centres: new Map() };
  return regions;
}

/** A US state's centre: the population-weighted mean of its cities in the gazetteer (computed once per state). */
function stateCentre(code: string, name: string, t: CityTable, r: Regions): Geo {
  let geo = r.centres.get(code);
  if (!geo) {
    let w = 0;
    let lat = 0;
    let lon = 0;
    for (let i = 0; i < t.names.length; i++) {
      if (t.admin[i] !== code || t.country[i] !== 'US') continue;
      const p = t.population[i]! + 1;
      w += p;
      lat += t.lat[i]! * p;
      lon += t.lon[i]! * p;
    }
    geo = { name, country: 'US', lat: round(w ? lat / w : 0), lon: round(w ? lon / w : 0) };
    r.centres.set(code, geo);
  }
  return geo;
}

/** Every place a name may denote: a country, a US state, cities (most populous first). */
export function placeCandidates(name: string, maxCities = 8): PlaceCandidate[] {
  const r = loadRegions();
  let key = placeKey(name);
  key = r.aliases.get(key) ?? key;
  const out: PlaceCandidate[] = [];
  const country = countryIndex().byKey.get(key);
  if (country) {
    out.push({ geo: { name: country.name, country: country.code, lat: country.lat, lon: country.lon },
      kind: 'country', population: Number.MAX_SAFE_INTEGER, capital: false });
  }
  const t = cityTable();
  const state = r.byKey.get(key);
  if (state) {
    out.push({ geo: stateCentre(state.code, state.name, t, r), kind: 'region', admin: state.code,
      population: Number.MAX_SAFE_INTEGER / 2, capital: false });
  }
  const cities = t.byName.get(key) ?? [];
  for (const i of cities.slice(0, maxCities)) {
    out.push({
      geo: { name: t.names[i]!, country: t.country[i]!, lat: round(t.lat[i]!), lon: round(t.lon[i]!) },
      kind: 'city',
      admin: t.country[i] === 'US' ? t.admin[i] : undefined,
      population: t.population[i]!,
      capital: t.rank[i] === 1,
    });
  }
  return out;
}

/**
 * The likeliest referent: countries and states before cities of the same name; among cities,
 * population (log scale) plus a bonus that grows with the article's other places in the same country
 * or US state.
 */
export function pickPlace(candidates: readonly PlaceCandidate[], ctx: PlaceContext): PlaceCandidate | undefined {
  let best: PlaceCandidate | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let score: number;
    if (c.kind === 'country') score = 20;
    else if (c.kind === 'region') score = ctx.countries.has('US') ? 21 : 15;
    else {
      // A capital keeps its name against a namesake in a country the article merely mentions once;
      // more places in the namesake's country (or its US state) outweigh it.
      score = Math.log10(c.population + 1) + (c.capital ? 1.5 : 0);
      const near = ctx.countries.get(c.geo.country) ?? 0;
      if (near > 0) score += Math.min(5, 2 + near);
      if (c.admin && ctx.admins.has(c.admin)) score += 3;
    }
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

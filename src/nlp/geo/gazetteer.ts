import type { Geo } from '../../core/record.js';
import { lexiconLines } from '../../core/resources.js';
import { cityTable, type CityTable } from './cities.js';
import { countryIndex } from './countries.js';
import { placeKey } from './place-key.js';

/** A place the gazetteer knows, before the article's context picks among namesakes. */
export interface PlaceCandidate {
  readonly geo: Geo;
  readonly kind: 'country' | 'region' | 'city';
  /** Country and admin1 code ("US.TX"); lends context to namesakes ("Paris" near "Texas"). */
  readonly admin?: string;
  readonly population: number;
  readonly capital: boolean;
}

/** The article's places that pick among namesakes: their countries and first-order regions. */
export interface PlaceContext {
  /** Country code -> how many of the article's other places lie in it. */
  readonly countries: ReadonlyMap<string, number>;
  readonly admins: ReadonlySet<string>;
}

export interface Region {
  code: string;
  country: string;
  name: string;
}

interface Regions {
  byKey: Map<string, Region>;
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
  const byKey = new Map<string, Region>();
  for (const line of lexiconLines('admin-regions')) {
    const seated = seatedRegion(line);
    if (seated) {
      byKey.set(placeKey(seated.name), seated);
      continue;
    }
    const words = line.split(/\s+/);
    const code = words.pop();
    const country = words.pop();
    if (!code || !country || !/^[A-Z]{2}$/.test(country) || words.length === 0) continue;
    const full = words.join(' ');
    const name = full.endsWith(' State') ? full.slice(0, -' State'.length) : full;
    byKey.set(placeKey(full), { code, country, name });
    byKey.set(placeKey(name), { code, country, name });
  }
  regions = { byKey, aliases, centres: new Map() };
  return regions;
}

/** Whether a name is a first-order region the gazetteer lists ("East Java", "Ohio", "Zonguldak"), as written or by an alias. */
export function isRegionName(name: string): boolean {
  const { byKey, aliases } = loadRegions();
  const key = placeKey(name);
  return byKey.has(key) || byKey.has(aliases.get(key) ?? '');
}

/**
 * "Limpopo ZA @Polokwane": a region told by its seat, whose admin1 code (GeoNames numbers them per
 * country) the gazetteer's entry for the seat gives: the seat's name in that country, a first-order
 * seat (PPLA) or capital first. No trailing "State" is dropped ("Enugu State" is not Enugu, the city).
 * Undefined when the line is not of this form or the gazetteer has no such seat.
 */
export function seatedRegion(line: string): Region | undefined {
  const at = line.indexOf(' @');
  if (at < 0) return undefined;
  const words = line.slice(0, at).trim().split(/\s+/);
  const country = words.pop();
  const seat = line.slice(at + 2).trim();
  if (!country || !/^[A-Z]{2}$/.test(country) || words.length === 0 || seat === '') return undefined;
  const t = cityTable();
  const inCountry = t.named(placeKey(seat)).filter((i) => t.country(i) === country);
  const i = inCountry.find((c) => t.rank[c] !== 0) ?? inCountry[0];
  return i === undefined ? undefined : { code: t.admin(i), country, name: words.join(' ') };
}

/** A region's centre: the population-weighted mean of its cities in the gazetteer (computed once per region). */
function regionCentre(region: Region, t: CityTable, r: Regions): Geo {
  const { code, country, name } = region;
  const id = `${country}.${code}`;
  let geo = r.centres.get(id);
  if (!geo) {
    let w = 0;
    let lat = 0;
    let lon = 0;
    for (const i of t.inRegion(country, code)) {
      const p = t.population[i]! + 1;
      w += p;
      lat += t.lat[i]! * p;
      lon += t.lon[i]! * p;
    }
    geo = { name, country, lat: round(w ? lat / w : 0), lon: round(w ? lon / w : 0) };
    r.centres.set(id, geo);
  }
  return geo;
}

/** Every place a name may denote: a country, a first-order region (US state, UK nation), cities (most populous first). */
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
  const region = r.byKey.get(key);
  if (region) {
    out.push({ geo: regionCentre(region, t, r), kind: 'region', admin: `${region.country}.${region.code}`,
      population: Number.MAX_SAFE_INTEGER / 2, capital: false });
  }
  for (const i of t.named(key).slice(0, maxCities)) {
    const cc = t.country(i);
    out.push({
      geo: { name: t.name(i), country: cc, lat: round(t.lat[i]!), lon: round(t.lon[i]!) },
      kind: 'city',
      admin: `${cc}.${t.admin(i)}`,
      population: t.population[i]!,
      capital: t.rank[i] === 1,
    });
  }
  return out;
}

/**
 * The likeliest referent: countries and states before cities of the same name; among cities,
 * population (log scale) plus a bonus that grows with the article's other places in the same country
 * or first-order region.
 */
export function pickPlace(candidates: readonly PlaceCandidate[], ctx: PlaceContext): PlaceCandidate | undefined {
  let best: PlaceCandidate | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let score: number;
    if (c.kind === 'country') score = 20;
    else if (c.kind === 'region') score = ctx.countries.has(c.geo.country) ? 21 : 15;
    else {
      // A capital keeps its name against a namesake in a country the article merely mentions once;
      // more places in the namesake's country (or its region) outweigh it.
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

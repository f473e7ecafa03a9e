import { describe, expect, it } from 'vitest';
import type { Entity } from '../../core/record.js';
import { geocodeEntities } from './geocode-stage.js';
import { placeCandidates, seatedRegion } from './gazetteer.js';
import { lexiconLines } from '../../core/resources.js';
import { asciiKey, cityTable } from './cities.js';
import { placeKey } from './place-key.js';

function place(id: string, name: string, type: Entity['type'] = 'GPE'): Entity {
  return { id, type, name, mentions: [{ start: 0, end: name.length, text: name }] };
}

function geoOf(names: string[]): Map<string, Entity['geo']> {
  const out = geocodeEntities(names.map((n, i) => place(`e${i + 1}`, n)));
  return new Map(out.map((e) => [e.name, e.geo]));
}

describe('geocode', () => {
  it('places capitals, cities, provinces and countries', () => {
    const g = geoOf(['Ankara', 'Aleppo', 'Idlib', 'Turkey', 'Russia', 'Syria', 'Korea']);
    expect(g.get('Ankara')).toMatchObject({ country: 'TR' });
    expect(g.get('Ankara')!.lat).toBeCloseTo(39.92, 1);
    expect(g.get('Ankara')!.lon).toBeCloseTo(32.85, 1);
    expect(g.get('Aleppo')).toMatchObject({ country: 'SY' });
    expect(g.get('Idlib')).toMatchObject({ country: 'SY' });
    expect(g.get('Turkey')).toMatchObject({ country: 'TR', name: 'Turkey' });
    expect(g.get('Russia')).toMatchObject({ country: 'RU' });
    expect(g.get('Syria')).toMatchObject({ country: 'SY' });
    expect(g.get('Korea')).toMatchObject({ country: 'KR' }); // South Korea is the usual referent
  });

  it('lets the article pick among namesakes', () => {
    expect(geoOf(['Paris'])
      .get('Paris')).toMatchObject({ country: 'FR' });
    const texas = geoOf(['Paris', 'Texas']);
    expect(texas.get('Paris')).toMatchObject({ country: 'US' });
    expect(texas.get('Paris')!.lat).toBeCloseTo(33.66, 1);
    expect(texas.get('Texas')).toMatchObject({ country: 'US', name: 'Texas' });
    expect(geoOf(['Paris', 'Toronto', 'Canada']).get('Paris')).toMatchObject({ country: 'CA' });
    // One mention of a country is not enough to move a capital.
    expect(geoOf(['Paris', 'United States']).get('Paris')).toMatchObject({ country: 'FR' });
  });

  it('places first-order regions at the centre of their cities', () => {
    const g = geoOf(['Scotland', 'Glasgow']);
    expect(g.get('Scotland')).toMatchObject({ name: 'Scotland', country: 'GB' });
    expect(g.get('Scotland')!.lat).toBeGreaterThan(55);
    expect(g.get('Scotland')!.lat).toBeLessThan(58);
    expect(g.get('Glasgow')).toMatchObject({ country: 'GB' });
  });

  it('places regions told by their seat (admin-regions.txt "Name CC @Seat"), every one of which the gazetteer resolves', () => {
    const seated = lexiconLines('admin-regions').filter((l) => l.includes(' @'));
    expect(seated.length).toBeGreaterThan(100);
    for (const line of seated) expect(seatedRegion(line), line).toBeDefined();
    expect(seatedRegion('Nowhere Province ZA @Xqzzyville')).toBeUndefined();
    const g = geoOf(['Limpopo', 'Zamfara', 'Enugu', 'Enugu State']);
    expect(g.get('Limpopo')).toMatchObject({ name: 'Limpopo', country: 'ZA' });
    expect(g.get('Limpopo')!.lat).toBeCloseTo(-24, 0);
    expect(g.get('Zamfara')).toMatchObject({ name: 'Zamfara', country: 'NG' });
    // "Enugu State" is the state; "Enugu" stays the city.
    expect(placeCandidates('Enugu')[0]).toMatchObject({ kind: 'city' });
    expect(placeCandidates('Enugu State')[0]).toMatchObject({ kind: 'region', admin: placeCandidates('Enugu')[0]!.admin });
  });

  it('folds accents, dots and aliases', () => {
    expect(placeKey('İzmir')).toBe('izmir');
    expect(placeCandidates('U.S.')[0]).toMatchObject({ kind: 'country', geo: { country: 'US' } });
    expect(placeCandidates('Washington')[0]).toMatchObject({ geo: { name: 'Washington, D.C.' } });
    expect(placeCandidates('Kiev')[0]).toMatchObject({ geo: { country: 'UA' } });
  });

  it('leaves people, organisations and unknown places alone', () => {
    const out = geocodeEntities([place('e1', 'Ankara', 'PERSON'), place('e2', 'Xqzzyville'), place('e3', 'Centre for Contemporary Arts', 'FAC')]);
    expect(out.every((e) => e.geo === undefined)).toBe(true);
  });

  it('folds ASCII city names from their bytes exactly as placeKey folds their strings', () => {
    const out = new Uint16Array(4096);
    const fold = (name: string) => {
      const bytes = Buffer.from(name, 'utf8');
      const len = asciiKey(bytes, 0, bytes.length, out);
      return len < 0 ? null : String.fromCharCode(...out.subarray(0, len));
    };
    for (const name of ['The Hague', 'the  hague', 'THE\tX', 'The', 'Theodore', 'The-Town', 'St. Louis', 'Winston-Salem',
      ' a  - b ', 'Fort,Worth', "O'Neill", 'The. Hague', 'x\r\ny', '']) {
      expect(fold(name), name).toBe(placeKey(name));
    }
    expect(fold('Zürich')).toBeNull();
    const t = cityTable();
    let ascii = 0;
    for (let i = 0; i < t.size; i++) {
      const name = t.name(i);
      const key = fold(name);
      if (key === null) continue;
      ascii++;
      if (key !== placeKey(name)) expect(key, name).toBe(placeKey(name));
    }
    expect(ascii).toBeGreaterThan(100_000);
  });

  it('finds every namesake, most populous first', () => {
    const t = cityTable();
    const paris = t.named('paris');
    expect(paris.length).toBeGreaterThan(5);
    expect(paris.every((i) => placeKey(t.name(i)) === 'paris')).toBe(true);
    for (let k = 1; k < paris.length; k++) expect(t.population[paris[k - 1]!]).toBeGreaterThanOrEqual(t.population[paris[k]!]!);
    expect(t.country(paris[0]!)).toBe('FR');
    expect(t.named('xqzzyville')).toEqual([]);
    expect(t.inRegion('US', 'TX').every((i) => t.country(i) === 'US' && t.admin(i) === 'TX')).toBe(true);
  });
});

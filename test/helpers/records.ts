import { createHash } from 'node:crypto';
import { emptyEvent, SCHEMA_VERSION, type DossierRecord, type Entity, type Count, type Arg } from '../../src/core/record.js';

/** What a hand-made record states; everything else is empty, as a record the NLP layers said little about. */
export interface RecordSpec {
  title: string;
  lead?: string;
  body: string;
  published?: string;
  url?: string;
  publisher?: string;
  type?: string;
  when?: string;
  entities?: { type: Entity['type']; name: string; mentions?: number; geo?: Entity['geo'] }[];
  /** Names of entities (from `entities`) that are where the event happened. */
  where?: string[];
  perpetrators?: string[];
  who?: string[];
  killed?: number | { min: number; max?: number; exact: boolean };
  injured?: number;
}

function count(c: number | { min: number; max?: number; exact: boolean }): Count {
  const v = typeof c === 'number' ? { min: c, exact: true } : c;
  return { ...v, evidence: [{ start: 0, end: 1, text: 'x' }] };
}

function arg(text: string, score: number, entityId?: string): Arg {
  return entityId ? { text, start: 0, end: text.length, score, entityId } : { text, start: 0, end: text.length, score };
}

/** A record built by hand (spaCy-style): sections, entities and event fields as the spec says. */
export function makeRecord(spec: RecordSpec): DossierRecord {
  const parts = [spec.title, spec.lead, spec.body].filter((p): p is string => !!p);
  const text = parts.join('\n\n');
  const sections: DossierRecord['sections'] = [];
  let at = 0;
  const kinds = spec.lead ? (['title', 'lead', 'body'] as const) : (['title', 'body'] as const);
  parts.forEach((p, i) => {
    sections.push({ kind: kinds[i]!, start: at, end: at + p.length });
    at += p.length + 2;
  });
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => {
    const idx = Math.max(0, text.indexOf(e.name));
    const mention = { start: idx, end: idx + e.name.length, text: e.name };
    const entity: Entity = { id: `e${i}`, type: e.type, name: e.name, mentions: Array.from({ length: e.mentions ?? 1 }, () => mention) };
    if (e.geo) entity.geo = e.geo;
    return entity;
  });
  const idOf = (name: string): string | undefined => entities.find((e) => e.name === name)?.id;
  const event = emptyEvent();
  if (spec.type) event.type = spec.type;
  event.summary = spec.lead ?? '';
  if (spec.when) event.when = { ...arg(spec.when, 1), iso: spec.when, known: {}, implied: {} };
  event.where = (spec.where ?? []).map((n) => arg(n, 1, idOf(n)));
  event.perpetrators = (spec.perpetrators ?? []).map((n, i) => arg(n, 1 - i / 10, idOf(n)));
  event.who = (spec.who ?? []).map((n, i) => arg(n, 1 - i / 10, idOf(n)));
  if (spec.killed !== undefined) event.casualties.killed = count(spec.killed);
  if (spec.injured !== undefined) event.casualties.injured = count(spec.injured);
  const source: DossierRecord['source'] = { title: spec.title };
  if (spec.url) source.url = spec.url;
  if (spec.publisher) source.publisher = spec.publisher;
  if (spec.published) source.published = spec.published;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: createHash('sha256').update(text).digest('hex'),
    source,
    text,
    cleaning: [],
    sections,
    sentences: [],
    entities,
    quotes: [],
    attributions: [],
    hedges: [],
    event,
  };
}

export const MAZAR = { name: 'Mazar-i-Sharif', country: 'AF', lat: 36.709, lon: 67.11 };
export const KABUL = { name: 'Kabul', country: 'AF', lat: 34.528, lon: 69.172 };
export const CROYDON = { name: 'Croydon', country: 'GB', lat: 51.372, lon: -0.1 };

/** Two outlets on one attack, a third on a tram crash the same week, a fourth on the attack a month later. */
export function sampleRecords(): Record<'bbc' | 'reuters' | 'tram' | 'later', DossierRecord> {
  const consulateEntities = [
    { type: 'ORG' as const, name: 'Taliban', mentions: 3 },
    { type: 'GPE' as const, name: 'Mazar-i-Sharif', mentions: 2, geo: MAZAR },
    { type: 'GPE' as const, name: 'Germany', mentions: 2 },
  ];
  return {
    bbc: makeRecord({
      title: 'Taliban attack German consulate in Mazar-i-Sharif',
      lead: 'A suicide bomber drove a truck into the wall of the German consulate in the northern Afghan city of Mazar-i-Sharif.',
      body: 'Two people were killed and more than a hundred injured when the truck bomb exploded outside the consulate late on Thursday. The Taliban said the attack was revenge for air strikes. Gunfire followed the explosion and special forces surrounded the compound.',
      published: '2016-11-11', url: 'https://bbc.example/consulate', publisher: 'bbc', type: 'attack', when: '2016-11-10',
      entities: consulateEntities, where: ['Mazar-i-Sharif'], perpetrators: ['Taliban'], killed: 2, injured: 120,
    }),
    reuters: makeRecord({
      title: 'Truck bomb hits German consulate in Afghan city of Mazar-i-Sharif',
      lead: 'Taliban fighters attacked the German consulate in Mazar-i-Sharif with a truck bomb, killing four people.',
      body: 'Four people died and 128 were wounded in the blast at the German consulate, officials said on Friday. A Taliban spokesman said the suicide attack on the consulate was retaliation for a raid in Kunduz. Explosion and gunfire shook the city for hours.',
      published: '2016-11-11', url: 'https://reuters.example/mazar', publisher: 'reuters', type: 'attack', when: '2016-11-10',
      entities: consulateEntities, where: ['Mazar-i-Sharif'], perpetrators: ['Taliban'], killed: 4, injured: 128,
    }),
    tram: makeRecord({
      title: 'Croydon tram derails and overturns, killing seven',
      lead: 'A tram came off the tracks on a sharp bend near Sandilands in Croydon, south London.',
      body: 'Seven people were killed and more than fifty injured when the tram overturned in heavy rain early on Wednesday. The driver was arrested. Passengers described being thrown across the carriage as the tram tipped onto its side.',
      published: '2016-11-09', url: 'https://standard.example/tram', publisher: 'standard', type: 'accident', when: '2016-11-09',
      entities: [{ type: 'GPE', name: 'Croydon', mentions: 3, geo: CROYDON }], where: ['Croydon'], killed: 7, injured: 51,
    }),
    later: makeRecord({
      title: 'German consulate in Mazar-i-Sharif reopens after Taliban truck bomb',
      lead: 'The German consulate in Mazar-i-Sharif reopened a month after the Taliban attack.',
      body: 'Staff returned to the rebuilt consulate in the northern Afghan city. The truck bomb attack by the Taliban had killed four people and wounded more than a hundred.',
      published: '2016-12-20', url: 'https://bbc.example/reopens', publisher: 'bbc', type: 'other', when: '2016-12-19',
      entities: consulateEntities, where: ['Mazar-i-Sharif'], perpetrators: ['Taliban'],
    }),
  };
}

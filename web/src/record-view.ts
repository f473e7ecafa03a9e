import type { DossierRecord } from './api.js';
import { append, h, safeHref } from './dom.js';
import { eventCard } from './event-card.js';
import { EvidenceLinks } from './evidence.js';
import { LAYERS, recordMarks, renderMarkedText } from './highlight.js';
import { cleaningEdits, layerLists } from './layer-lists.js';
import { worldMap, type Place } from './world-map.js';

const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC'] as const;

/** Every offset the event cites, so the text is cut there and each can be lit exactly. */
function eventBoundaries(r: DossierRecord): number[] {
  const e = r.event;
  const spans = [...e.who, e.what, e.when, ...e.where, e.why, e.how, ...e.perpetrators, ...e.targets, ...e.weapons]
    .filter((a) => a !== null)
    .map((a) => a!);
  const counts = [e.casualties.killed, e.casualties.injured, e.casualties.perpetratorsKilled].flatMap((c) => c?.evidence ?? []);
  const cues = r.attributions.map((a) => a.cue);
  return [...spans, ...counts, ...cues].flatMap((s) => [s.start, s.end]);
}

/** One record, annotated: the text with its layers lit, the event card, the lists, the map. */
export function recordView(r: DossierRecord): HTMLElement {
  const { root: textEl, segments } = renderMarkedText(r.text, recordMarks(r), eventBoundaries(r));
  const links = new EvidenceLinks(segments);
  const textPanel = h('section', { class: 'panel text-panel show-entities show-quotes show-claims show-hedges', 'aria-labelledby': 'text-title' });
  const toggles = h('fieldset', { class: 'layers' },
    h('legend', {}, 'Highlight'),
    ...LAYERS.map((l) => h('label', { class: `check layer-${l.key}` },
      h('input', { type: 'checkbox', checked: true, 'data-layer': l.key, on: { change: (ev) => textPanel.classList.toggle(`show-${l.key}`, (ev.target as HTMLInputElement).checked) } }),
      ` ${l.label}`)));
  const legend = h('p', { class: 'legend', 'aria-label': 'Entity colours' },
    ...ENTITY_TYPES.map((t) => h('span', { class: `ent ent-${t}` }, t)),
    h('span', { class: 'quote' }, 'quote'), h('span', { class: 'claim' }, 'claim'), h('span', { class: 'hedge' }, 'hedge'));
  const source = r.source;
  const href = safeHref(source.url);
  append(textPanel,
    h('h3', { id: 'text-title' }, source.title ?? 'Cleaned text'),
    (source.publisher || source.published || href)
      ? h('p', { class: 'meta' }, [source.publisher, source.published].filter(Boolean).join(' · '), href ? ' · ' : '', href ? h('a', { href, rel: 'noopener noreferrer' }, href) : null)
      : null,
    toggles, legend, textEl,
  );
  const geoEntities = r.entities.filter((e) => e.geo);
  const place = (e: (typeof geoEntities)[number]): Place => ({ name: e.geo!.name, lat: e.geo!.lat, lon: e.geo!.lon, label: `${e.name} (${e.geo!.name}, ${e.geo!.country})` });
  const places = geoEntities.map(place);
  const eventPlaceIds = new Set(r.event.where.map((a) => a.entityId).filter(Boolean));
  const focus = geoEntities.filter((e) => eventPlaceIds.has(e.id)).map(place);
  const mapPanel = h('section', { class: 'panel map-panel', 'aria-labelledby': 'map-title' },
    h('h3', { id: 'map-title' }, 'Places'),
    worldMap(places, places.length ? `Map of the places in the article: ${places.map((p) => p.name).join(', ')}` : 'World map: no place in the article has coordinates', focus),
    places.length ? h('ul', { class: 'places' }, ...places.map((p) => h('li', {}, `${p.label}: ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`))) : h('p', { class: 'none' }, 'No place in the article has coordinates.'));
  return h('div', { class: 'record', 'data-record-id': r.id },
    h('div', { class: 'col-main' }, textPanel, cleaningEdits(r)),
    h('div', { class: 'col-side' }, eventCard(r, links), mapPanel, layerLists(r, links)),
  );
}

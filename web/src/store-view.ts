import { api, ApiError, type DossierRecord, type StoredEvent } from './api.js';
import { clear, h, safeHref } from './dom.js';
import { countText } from './event-card.js';
import { recordView } from './record-view.js';
import { worldMap } from './world-map.js';

const problem = (err: unknown) => h('p', { class: 'error', role: 'alert' }, err instanceof ApiError ? `${err.message} (${err.code})` : String(err));

/** A snippet with its «matches» shown as <mark>, built from text nodes only. */
function snippet(s: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  s.split(/(«[^»]*»)/).forEach((part) => p.append(part.startsWith('«') && part.endsWith('»') ? h('mark', {}, part.slice(1, -1)) : part));
  return p;
}

function searchPanel(): HTMLElement {
  const results = h('div', { id: 'search-results', 'aria-live': 'polite' });
  const input = h('input', { id: 'search-q', type: 'search', name: 'q', autocomplete: 'off' });
  const run = async () => {
    clear(results);
    try {
      const res = await api.search(input.value.trim());
      results.append(h('p', { class: 'status' }, `${res.total} record${res.total === 1 ? '' : 's'}${input.value.trim() ? ` matching “${input.value.trim()}”` : ', newest first'}`));
      results.append(h('ol', { class: 'hits' }, ...res.hits.map((hit) => h('li', {},
        h('a', { href: `#record/${encodeURIComponent(hit.id)}` }, hit.title || hit.summary || hit.id.slice(0, 12)),
        h('span', { class: 'meta' }, ` ${[hit.eventType, hit.published].filter(Boolean).join(' · ')}`),
        snippet(hit.snippet)))));
    } catch (err) {
      results.append(problem(err));
    }
  };
  const form = h('form', { class: 'row wrap', role: 'search', on: { submit: (ev) => { ev.preventDefault(); void run(); } } },
    h('label', { for: 'search-q' }, 'Search the stored records'), input, h('button', { type: 'submit', class: 'primary' }, 'Search'));
  void run();
  return h('section', { class: 'panel', 'aria-labelledby': 'search-title' }, h('h3', { id: 'search-title' }, 'Search'), form, results);
}

/** Stored events on a time axis (by `when`), with the same events as a list for keyboards and readers. */
function timeline(events: readonly StoredEvent[]): HTMLElement {
  const dated = events.filter((e) => e.when).sort((a, b) => a.when!.localeCompare(b.when!));
  const undated = events.filter((e) => !e.when);
  const section = h('section', { class: 'panel', 'aria-labelledby': 'timeline-title' }, h('h3', { id: 'timeline-title' }, `Timeline (${events.length} event${events.length === 1 ? "" : "s"})`));
  if (dated.length) {
    const t0 = Date.parse(dated[0]!.when!);
    const t1 = Date.parse(dated[dated.length - 1]!.when!);
    const span = Math.max(t1 - t0, 86_400_000);
    const axis = h('div', { class: 'axis', 'aria-hidden': 'true' },
      h('span', { class: 'axis-label start' }, dated[0]!.when!), h('span', { class: 'axis-label end' }, dated[dated.length - 1]!.when!));
    for (const e of dated) {
      const dot = h('span', { class: 'dot', title: `${e.when} · ${e.type} · ${e.summary}` });
      dot.style.left = `${(((Date.parse(e.when!) - t0) / span) * 100).toFixed(2)}%`;
      axis.append(dot);
    }
    section.append(axis);
  }
  const item = (e: StoredEvent) => h('li', {},
    h('time', { datetime: e.when ?? undefined }, e.when ?? 'undated'), ' ',
    h('a', { href: `#event/${encodeURIComponent(e.id)}` }, e.summary || e.type), ' ',
    h('span', { class: 'badge' }, e.type), ' ',
    h('span', { class: 'meta' }, `${e.records.length} source${e.records.length === 1 ? '' : 's'}${e.disagreements.length ? ' · sources disagree' : ''}`));
  section.append(dated.length || undated.length ? h('ol', { class: 'timeline' }, ...dated.map(item), ...undated.map(item)) : h('p', { class: 'none' }, 'No stored events yet.'));
  return section;
}

function eventsMap(events: readonly StoredEvent[]): HTMLElement {
  const places = events.filter((e) => e.where?.lat !== undefined && e.where?.lon !== undefined)
    .map((e) => ({ name: e.where!.name, lat: e.where!.lat!, lon: e.where!.lon!, label: `${e.when ?? 'undated'}: ${e.summary || e.type} (${e.where!.name})`, href: `#event/${encodeURIComponent(e.id)}` }));
  return h('section', { class: 'panel map-panel', 'aria-labelledby': 'events-map-title' },
    h('h3', { id: 'events-map-title' }, 'Events on the map'),
    worldMap(places, places.length ? `Map of ${places.length} stored events` : 'World map: no stored event has coordinates'));
}

export async function storeHome(root: HTMLElement): Promise<void> {
  clear(root);
  root.append(searchPanel());
  try {
    const events = await api.events();
    root.append(h('div', { class: 'two' }, timeline(events), eventsMap(events)));
  } catch (err) {
    root.append(problem(err));
  }
}

/** One event: what the sources agree on, then each source side by side and where they disagree. */
export async function eventPage(root: HTMLElement, id: string): Promise<void> {
  clear(root);
  root.append(h('p', {}, h('a', { href: '#store' }, '← All stored events')));
  let event: StoredEvent;
  try {
    event = await api.event(id);
  } catch (err) {
    root.append(problem(err));
    return;
  }
  const records = await Promise.all(event.records.map((r) => api.record(r.id).catch(() => null)));
  const m = event.merged;
  const disagreeing = new Set(event.disagreements.map((d) => d.field));
  root.append(h('section', { class: 'panel', 'aria-labelledby': 'event-title' },
    h('h3', { id: 'event-title' }, event.summary || event.type),
    h('p', {}, h('span', { class: 'badge' }, event.type), ` ${event.when ?? 'undated'}${event.where ? ` · ${event.where.name}` : ''}`),
    h('dl', { class: 'fields' },
      h('dt', {}, 'Who'), h('dd', {}, m.who.join(', ') || '—'),
      h('dt', {}, 'Perpetrators'), h('dd', {}, m.perpetrators.join(', ') || '—'),
      h('dt', {}, 'Targets'), h('dd', {}, m.targets.join(', ') || '—'),
      h('dt', {}, 'Weapons'), h('dd', {}, m.weapons.join(', ') || '—'),
      h('dt', {}, 'Killed'), h('dd', {}, m.killed ?? '—'),
      h('dt', {}, 'Injured'), h('dd', {}, m.injured ?? '—'))));
  const table = h('table', { class: 'disagreements' },
    h('caption', {}, event.disagreements.length ? 'Where the sources disagree' : 'The sources agree on every merged field'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Said by'))),
    h('tbody', {}, ...event.disagreements.flatMap((d) => d.values.map((v, i) => h('tr', {},
      i === 0 ? h('th', { scope: 'row', rowspan: d.values.length }, d.field) : null,
      h('td', {}, String(v.value)),
      h('td', {}, sourceName(v.publisher, v.url, v.recordId)))))));
  root.append(h('section', { class: 'panel', 'aria-labelledby': 'disagree-title' }, h('h3', { id: 'disagree-title' }, 'Disagreements'), table));
  const columns = event.records.map((src, i) => sourceColumn(src, records[i] ?? null, disagreeing));
  root.append(h('section', { class: 'panel', 'aria-labelledby': 'sources-title' }, h('h3', { id: 'sources-title' }, `Sources side by side (${event.records.length})`), h('div', { class: 'sources' }, ...columns)));
}

function sourceName(publisher: string | undefined, url: string | undefined, id: string): HTMLElement | string {
  const href = safeHref(url);
  const name = publisher ?? (href ? new URL(href).hostname : `record ${id.slice(0, 10)}`);
  return href ? h('a', { href, rel: 'noopener noreferrer' }, name) : name;
}

function sourceColumn(src: StoredEvent['records'][number], record: DossierRecord | null, disagreeing: Set<string>): HTMLElement {
  const col = h('article', { class: 'source' }, h('h4', {}, sourceName(src.publisher, src.url, src.id)), src.title ? h('p', {}, src.title) : null);
  if (!record) {
    col.append(h('p', { class: 'none' }, 'This record is not in the store.'));
    return col;
  }
  const e = record.event;
  const row = (field: string, label: string, value: string) => [h('dt', { class: disagreeing.has(field) ? 'differs' : '' }, label, disagreeing.has(field) ? ' (differs)' : ''), h('dd', {}, value || '—')];
  col.append(
    h('p', { class: 'summary' }, e.summary || '—'),
    h('dl', { class: 'fields' },
      ...row('when', 'When', e.when?.iso ?? e.when?.text ?? ''),
      ...row('where', 'Where', e.where.map((a) => a.text).join(', ')),
      ...row('who', 'Who', e.who.map((a) => a.text).join(', ')),
      ...row('killed', 'Killed', e.casualties.killed ? countText(e.casualties.killed) : ''),
      ...row('injured', 'Injured', e.casualties.injured ? countText(e.casualties.injured) : ''),
      ...row('perpetrators', 'Perpetrators', e.perpetrators.map((a) => a.text).join(', ')),
      ...row('weapons', 'Weapons', e.weapons.map((a) => a.text).join(', '))),
    h('p', {}, h('a', { href: `#record/${encodeURIComponent(record.id)}` }, 'Open this record annotated')));
  return col;
}

export async function storedRecord(root: HTMLElement, id: string): Promise<void> {
  clear(root);
  root.append(h('p', {}, h('a', { href: '#store' }, '← Search and events')));
  try {
    root.append(recordView(await api.record(id)));
  } catch (err) {
    root.append(problem(err));
  }
}

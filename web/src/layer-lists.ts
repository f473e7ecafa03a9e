import type { DossierRecord } from './api.js';
import { h } from './dom.js';
import type { EvidenceLinks } from './evidence.js';

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Entities by type, quotes with speakers, claims with sources, hedges: each a link to its words. */
export function layerLists(r: DossierRecord, links: EvidenceLinks): HTMLElement {
  const byType = new Map<string, DossierRecord['entities']>();
  for (const e of r.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const section = (title: string, id: string, items: HTMLElement[], empty: string) =>
    h('section', { class: 'panel list', 'aria-labelledby': id },
      h('h3', { id }, `${title} (${items.length})`),
      items.length ? h('ul', {}, ...items.map((i) => h('li', {}, i))) : h('p', { class: 'none' }, empty));
  const entityItems = [...byType.entries()].flatMap(([type, list]) =>
    list.map((e) => links.button([h('span', { class: `swatch ent-${type}`, 'aria-hidden': 'true' }), `${e.name} `, h('small', {}, `${type}${e.mentions.length > 1 ? ` ×${e.mentions.length}` : ''}${e.geo ? ` · ${e.geo.name}, ${e.geo.country}` : ''}`)], e.mentions, { label: `${type} ${e.name}: show its mentions` })));
  const quoteItems = r.quotes.map((q) => {
    const who = q.speaker ? names.get(q.speaker.entityId ?? '') ?? q.speaker.text : 'unknown speaker';
    return links.button([h('strong', {}, who), ': ', h('span', { class: 'quote-text' }, clip(q.text))], q.speaker ? [q, q.speaker] : [q], { label: `quote by ${who}` });
  });
  const claimItems = r.attributions.map((a) =>
    links.button([h('strong', {}, names.get(a.source.entityId ?? '') ?? a.source.text), ` ${a.cue.text}: `, clip(a.content.text), a.hedged ? h('span', { class: 'badge hedged' }, 'hedged') : null], [a.source, a.cue, a.content], { label: `claim by ${a.source.text}` }));
  const hedgeItems = r.hedges.map((hd) => links.button([h('strong', {}, hd.cue), ` — ${clip(hd.text, 60)}`], [hd], { label: `hedge "${hd.cue}"` }));
  return h('div', { class: 'lists' },
    section('Entities', 'list-entities', entityItems, 'No entities found.'),
    section('Quotes', 'list-quotes', quoteItems, 'No quotes found.'),
    section('Claims', 'list-claims', claimItems, 'No attributed claims found.'),
    section('Hedges', 'list-hedges', hedgeItems, 'No hedged phrases found.'),
  );
}

/** What cleaning changed, shown on request: kind, the original words and what replaced them. */
export function cleaningEdits(r: DossierRecord): HTMLElement {
  const table = h('table', { class: 'edits', id: 'cleaning-edits', hidden: true },
    h('caption', {}, 'Cleaning edits (offsets are in the original input)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Kind'), h('th', { scope: 'col' }, 'Original'), h('th', { scope: 'col' }, 'Replacement'))),
    h('tbody', {}, ...r.cleaning.map((c) => h('tr', {}, h('td', {}, c.kind), h('td', {}, h('code', {}, JSON.stringify(c.original.text))), h('td', {}, h('code', {}, JSON.stringify(c.replacement)))))),
  );
  const toggle = h('button', {
    type: 'button', 'aria-expanded': 'false', 'aria-controls': 'cleaning-edits', disabled: r.cleaning.length === 0,
    on: { click: () => { table.hidden = !table.hidden; toggle.setAttribute('aria-expanded', String(!table.hidden)); } },
  }, r.cleaning.length ? `Show the cleaning edits (${r.cleaning.length})` : 'No cleaning edits');
  return h('section', { class: 'panel' }, h('h3', {}, 'Cleaning'), toggle, table);
}

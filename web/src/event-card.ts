import type { DossierRecord } from './api.js';
import { h } from './dom.js';
import type { EvidenceLinks } from './evidence.js';

type Ev = DossierRecord['event'];
type Arg = Ev['who'][number];
type Count = NonNullable<Ev['casualties']['killed']>;

export function countText(c: Count | null): string {
  if (!c) return 'not stated';
  const range = c.max !== undefined && c.max !== c.min ? `${c.min}–${c.max}` : String(c.min);
  return c.exact ? range : `at least ${range}`;
}

/** The main event: 5W1H, type, casualties and summary, each value a link to its words. */
export function eventCard(r: DossierRecord, links: EvidenceLinks): HTMLElement {
  const e = r.event;
  const row = (label: string, field: string, values: (Arg | null)[], extra?: (a: Arg) => string) => {
    const list = values.filter((v): v is Arg => v !== null);
    return [
      h('dt', {}, label),
      h('dd', { 'data-field': field }, ...(list.length
        ? list.slice(0, 4).map((a) => links.button(`${a.text}${extra ? extra(a) : ''}`, [a], { field, label: `${label}: show "${a.text}" in the text` }))
        : [h('span', { class: 'none' }, 'not found')])),
    ];
  };
  const count = (label: string, field: string, c: Count | null) => [
    h('dt', {}, label),
    h('dd', { 'data-field': field }, c && c.evidence.length
      ? links.button(countText(c), c.evidence, { field, label: `${label}: show the words that say so` })
      : h('span', { class: c ? '' : 'none' }, countText(c))),
  ];
  return h('section', { class: 'panel event-card', 'aria-labelledby': 'event-card-title' },
    h('h3', { id: 'event-card-title' }, 'Event'),
    h('p', { class: 'event-type' }, h('span', { class: 'badge' }, e.type)),
    h('p', { class: 'summary' }, e.summary || 'No summary.'),
    h('dl', { class: 'fields' },
      ...row('Who', 'who', e.who),
      ...row('What', 'what', [e.what]),
      ...row('When', 'when', [e.when], (a) => ((a as Ev['when'])?.iso ? ` (${(a as NonNullable<Ev['when']>).iso})` : '')),
      ...row('Where', 'where', e.where),
      ...row('Why', 'why', [e.why]),
      ...row('How', 'how', [e.how]),
      ...row('Perpetrators', 'perpetrators', e.perpetrators),
      ...row('Targets', 'targets', e.targets),
      ...row('Weapons', 'weapons', e.weapons),
    ),
    h('h4', {}, 'Casualties'),
    h('dl', { class: 'fields casualties' },
      ...count('Killed', 'killed', e.casualties.killed),
      ...count('Injured', 'injured', e.casualties.injured),
      ...count('Perpetrators killed', 'perpetratorsKilled', e.casualties.perpetratorsKilled),
    ),
  );
}

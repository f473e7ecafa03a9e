import type { Arg, Count, DossierRecord } from '../core/record.js';

/** A record as a person reads it in a terminal: the event first, then who is in it and who said what. */
export function formatSummary(r: DossierRecord): string {
  const lines: string[] = [];
  const e = r.event;
  const firstLine = r.text.split('\n', 1)[0] ?? '';
  const title = r.source.title ?? (firstLine.length > 90 ? `${firstLine.slice(0, 89)}…` : firstLine);
  lines.push(title ?? '(untitled)');
  if (r.source.url || r.source.published) lines.push([r.source.publisher, r.source.url, r.source.published].filter(Boolean).join(' · '));
  lines.push('');
  if (e.summary) lines.push(`Summary: ${e.summary}`, '');
  lines.push(`Event type: ${e.type}`);
  const args = (label: string, list: readonly Arg[] | Arg | null) => {
    const items = Array.isArray(list) ? list : list ? [list] : [];
    lines.push(`${label.padEnd(13)} ${items.length ? items.slice(0, 3).map((a) => a.text).join(' | ') : '-'}`);
  };
  args('Who:', e.who);
  args('What:', e.what);
  lines.push(`${'When:'.padEnd(13)} ${e.when ? `${e.when.text}${e.when.iso ? ` (${e.when.iso})` : ''}` : '-'}`);
  args('Where:', e.where);
  args('Why:', e.why);
  args('How:', e.how);
  args('Perpetrators:', e.perpetrators);
  args('Targets:', e.targets);
  args('Weapons:', e.weapons);
  const count = (c: Count | null) => (c ? `${c.exact ? '' : 'at least '}${c.min}${c.max !== undefined && c.max !== c.min ? `-${c.max}` : ''}` : '-');
  lines.push(`${'Casualties:'.padEnd(13)} killed ${count(e.casualties.killed)}, injured ${count(e.casualties.injured)}, perpetrators killed ${count(e.casualties.perpetratorsKilled)}`);
  lines.push('');
  if (r.entities.length) {
    lines.push('Entities:');
    for (const ent of r.entities) {
      const geo = ent.geo ? ` [${ent.geo.lat.toFixed(2)}, ${ent.geo.lon.toFixed(2)} ${ent.geo.country}]` : '';
      lines.push(`  ${ent.type.padEnd(7)} ${ent.name} (${ent.mentions.length}×)${geo}`);
    }
    lines.push('');
  }
  if (r.quotes.length) {
    lines.push('Quotes:');
    for (const q of r.quotes) lines.push(`  ${q.speaker?.text ?? '?'}: “${q.text}”`);
    lines.push('');
  }
  if (r.attributions.length) {
    lines.push('Claims:');
    for (const a of r.attributions) lines.push(`  ${a.source.text} ${a.cue.text}: ${a.content.text}${a.hedged ? ' (hedged)' : ''}`);
    lines.push('');
  }
  lines.push(`${r.sentences.length} sentences, ${r.cleaning.length} cleaning edits. Use --json for the full record.`);
  return `${lines.join('\n')}\n`;
}

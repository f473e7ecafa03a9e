import type { Arg, Count, DossierEvent } from '../../core/record.js';

/**
 * One sentence that reads on its own: who did what (to whom), where, when, and the toll.
 * Built only from the event's fields, so every part of it has evidence in the record.
 */
export function summarize(e: Omit<DossierEvent, 'summary'>): string {
  const who = e.perpetrators[0] && e.type !== 'other' && isViolentLike(e) ? e.perpetrators[0] : e.who[0];
  const parts: string[] = [];
  const what = e.what?.text;
  if (who && what && !contains(what, who)) parts.push(`${capital(who.text)} ${what}`);
  else if (what) parts.push(capital(what));
  else if (who) parts.push(capital(who.text));
  else parts.push('Unclear event');
  const target = e.targets[0];
  if (target && what && !contains(what, target) && !(who && contains(who.text, target))) parts.push(`(target: ${target.text})`);
  const where = e.where[0];
  if (where && !parts.some((p) => contains(p, where))) parts.push(`in ${stripPrep(where.text)}`);
  if (e.when) parts.push(`${/^(?:on|at|in|during)\s/i.test(e.when.text) ? '' : e.when.known.weekday !== undefined || e.when.known.day !== undefined ? 'on ' : ''}${e.when.text}${e.when.iso ? ` (${e.when.iso})` : ''}`);
  const toll = [count(e.casualties.killed, 'killed'), count(e.casualties.injured, 'injured')].filter(Boolean);
  if (e.casualties.perpetratorsKilled) toll.push(`${count(e.casualties.perpetratorsKilled, 'perpetrator killed')?.replace(/perpetrator killed$/, e.casualties.perpetratorsKilled.min === 1 ? 'perpetrator killed' : 'perpetrators killed')}`);
  let s = parts.join(' ').replace(/\s+/g, ' ').trim();
  if (toll.length) s += `; ${toll.join(', ')}`;
  let end = s.length;
  while (end > 0 && /[.,;:\s]/.test(s[end - 1]!)) end--;
  return `${s.slice(0, end)}.`;
}

function isViolentLike(e: Omit<DossierEvent, 'summary'>): boolean {
  return e.casualties.killed !== null || e.casualties.injured !== null || e.weapons.length > 0;
}

function count(c: Count | null, label: string): string | null {
  if (!c) return null;
  if (c.exact) return `${c.min} ${label}`;
  if (c.max !== undefined && c.min === 0) return `up to ${c.max} ${label}`;
  return `at least ${c.min} ${label}`;
}

const contains = (hay: string, a: Arg | string) => hay.toLowerCase().includes((typeof a === 'string' ? a : a.text).toLowerCase());
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const stripPrep = (s: string) => s.replace(/^(?:in|at|near)\s/i, '');

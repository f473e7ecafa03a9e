import type { Arg, Count, DossierEvent } from '../../core/record.js';
import { lemma } from './verbs.js';

/**
 * One sentence that reads on its own: who did what (to whom), where, when, and the toll.
 * Built only from the event's fields, so every part of it has evidence in the record.
 */
export function summarize(e: Omit<DossierEvent, 'summary'>): string {
  const who = e.who[0];
  const what = e.what?.text;
  const firstWord = what?.split(/\s/, 1)[0] ?? '';
  const startsWithVerb = lemma(firstWord) !== undefined && !/ing$/i.test(firstWord);
  let s: string;
  if (who && what && startsWithVerb && !contains(what, who)) s = `${capital(who.text)} ${what}`;
  else if (what) {
    s = capital(what);
    const agent = e.perpetrators[0] ?? who;
    if (agent && !contains(what, agent)) s += ` (${e.perpetrators[0] ? 'by' : 'involving'} ${agent.text})`;
  } else if (who) s = capital(who.text);
  else s = 'Unclear event';
  const target = e.targets[0];
  if (target && !contains(s, target)) s += `, targeting ${target.text}`;
  const where = e.where[0];
  if (where && !contains(s, where)) s += `, in ${where.text.replace(/^(?:in|at|near)\s/i, '')}`;
  if (e.when && !contains(s, e.when)) {
    const stated = Object.keys(e.when.known).length > 0;
    const prep = /^(?:on|at|in|during|late|early|the)\b/i.test(e.when.text) ? '' : stated ? 'on ' : 'while ';
    s += `, ${prep}${e.when.text}${e.when.iso ? ` (${e.when.iso})` : ''}`;
  }
  const toll = [count(e.casualties.killed, 'killed'), count(e.casualties.injured, 'injured')].filter(Boolean);
  const pk = e.casualties.perpetratorsKilled;
  if (pk) toll.push(count(pk, pk.min === 1 && pk.max === undefined ? 'perpetrator killed' : 'perpetrators killed'));
  if (toll.length) s += `; ${toll.join(', ')}`;
  let end = s.length;
  while (end > 0 && /[.,;:\s]/.test(s[end - 1]!)) end--;
  return `${s.slice(0, end).replace(/\s+/g, ' ')}.`;
}

function count(c: Count | null, label: string): string | null {
  if (!c) return null;
  if (c.exact) return `${c.min} ${label}`;
  if (c.max !== undefined && c.min === 0) return `up to ${c.max} ${label}`;
  return `at least ${c.min} ${label}`;
}

const contains = (hay: string, a: Arg | string) => hay.toLowerCase().includes((typeof a === 'string' ? a : a.text).toLowerCase());
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

import { describe, expect, it } from 'vitest';
import { ExtractService } from '../../src/app/extract-service.js';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2024-03-04' };

describe('event who and perpetrators: groups that claim an attack', () => {
  it('takes the group that claims responsibility further down as who and perpetrator', () => {
    const doc = makeDoc({
      title: 'Bomb hits bus station in Kirkuk',
      body:
        'A bomb exploded at a crowded bus station in Kirkuk on Monday, killing four people. ' +
        'Ambulances took the wounded to hospital. ' +
        'The Red Banner Brigades claimed responsibility for the attack in a post online.',
    });
    const event = extractEvent(doc, ctx);
    expect(event.who[0]?.text).toBe('The Red Banner Brigades');
    expect(event.perpetrators.map((p) => p.text)).toContain('The Red Banner Brigades');
  });

  it('reads "said it carried out" as a claim', () => {
    const doc = makeDoc({
      title: 'Rockets fired at army base',
      body: 'Two rockets struck an army base near Sirte on Friday. The Sirte Brigade said in a statement that it had carried out the strike.',
    });
    expect(extractEvent(doc, ctx).who[0]?.text).toBe('The Sirte Brigade');
  });

  it('names no one when no group claims it, or when the claim is only reported speech', () => {
    const none = makeDoc({
      title: 'Bomb hits bus station in Kirkuk',
      body: 'A bomb exploded at a crowded bus station in Kirkuk on Monday, killing four people. No group has claimed responsibility.',
    });
    expect(extractEvent(none, ctx).who.map((w) => w.text)).not.toContain('No group');
    const quoted = makeDoc({
      title: 'Bomb hits bus station in Kirkuk',
      body: 'A bomb exploded at a crowded bus station in Kirkuk on Monday. "The Red Banner Brigades claimed responsibility, but they lie," the governor said.',
    });
    expect(extractEvent(quoted, ctx).perpetrators.map((p) => p.text)).not.toContain('The Red Banner Brigades');
  });

  it('takes whom the sources blame for an attack as who and perpetrator, not who blames', () => {
    const doc = makeDoc({
      title: 'Air strike on market kills nine, medics say',
      body:
        'An air strike hit a market in the town of Qatana on Tuesday, killing nine people, medics said. ' +
        'The regional health office blamed the Northern Alliance, which denied any role.',
    });
    const event = extractEvent(doc, ctx);
    expect(event.who[0]?.text).toBe('the Northern Alliance');
    expect(event.perpetrators.map((p) => p.text)).toContain('the Northern Alliance');
  });

  it('reads whom a participle after the report blames ("..., state media reported, blaming X")', () => {
    const title = 'Drone strike on market kills 20, state media says';
    const body = 'QATANA (Reuters) - A drone strike on a market in the town of Qatana killed 20 people on Tuesday, state media reported, blaming the paramilitary Northern Alliance.';
    const { record } = new ExtractService().extractArticle({ title, body, meta: { title, format: 'text' } });
    expect(record.event.who[0]?.text).toBe('the paramilitary Northern Alliance');
  });

  it('reads "blamed the attack on X" as X, and takes no cause of something else for an attacker', () => {
    const on = makeDoc({
      title: 'Bomb kills four at Kirkuk bus station',
      body: 'A bomb exploded at a bus station in Kirkuk on Monday, killing four people. Police blamed the attack on the Red Banner Brigades.',
    });
    expect(extractEvent(on, ctx).perpetrators.map((p) => p.text)).toContain('the Red Banner Brigades');
    const other = makeDoc({
      title: 'Bomb kills four at Kirkuk bus station',
      body: 'A bomb exploded at a bus station in Kirkuk on Monday, killing four people. Traders blamed the Kirkuk Council for the lack of guards.',
    });
    const event = extractEvent(other, ctx);
    expect(event.perpetrators.map((p) => p.text)).not.toContain('the Kirkuk Council');
    expect(event.who.map((p) => p.text)).not.toContain('the Kirkuk Council');
  });

  it('lets a claim outrank an accusation', () => {
    const doc = makeDoc({
      title: 'Bomb kills four at Kirkuk bus station',
      body:
        'A bomb exploded at a bus station in Kirkuk on Monday, killing four people. The governor blamed the Northern Alliance. ' +
        'The Red Banner Brigades claimed responsibility for the attack in a post online.',
    });
    const event = extractEvent(doc, ctx);
    expect(event.who[0]?.text).toBe('The Red Banner Brigades');
    expect(event.perpetrators.map((p) => p.text)).not.toContain('the Northern Alliance');
  });
});

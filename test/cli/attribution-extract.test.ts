import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { RecordSchema } from '../../src/core/record.js';

// The bundled example (written for this project) through the built CLI: quotes, claims and hedges.
describe('dossier extract: quotes, attributions and hedges', () => {
  const res = runCli(['extract', 'examples/harbour-blast.txt', '--json']);
  const record = RecordSchema.parse(JSON.parse(res.stdout));
  const at = (s: { start: number; end: number }) => record.text.slice(s.start, s.end);

  it('finds the direct quote with its speaker and cue, offsets matching the text', () => {
    const q = record.quotes.find((x) => x.kind === 'direct');
    expect(q?.text).toMatch(/^We will find those responsible/);
    expect(q && at(q)).toBe(q?.text);
    expect(q?.speaker?.text).toBe('Gul');
    expect(q?.cue?.text).toBe('said');
  });

  it('attributes the claims to their sources, hedged where they are', () => {
    const bySource = (s: string) => record.attributions.find((a) => a.source.text === s);
    expect(bySource('local officials')?.content.text).toMatch(/^A car bomb exploded/);
    expect(bySource('the Anadolu news agency')).toMatchObject({ hedged: true, cue: { text: 'reported' } });
    expect(bySource('The Interior Ministry')?.hedged).toBe(false);
    for (const a of record.attributions) expect(at(a.content)).toBe(a.content.text);
  });

  it('marks the hedges with their scope, and not "claimed responsibility"', () => {
    const cues = record.hedges.map((h) => h.cue);
    expect(cues).toEqual(expect.arrayContaining(['reportedly', 'allegedly']));
    expect(cues).not.toContain('claimed');
    const reportedly = record.hedges.find((h) => h.cue === 'reportedly');
    expect(reportedly?.scope && at(reportedly.scope)).toContain('hidden in a parked van');
  });
});

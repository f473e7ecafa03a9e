import { RecordSchema, emptyEvent, type DossierRecord } from '../../src/core/record.js';

/** The span of the nth occurrence of a phrase in a text (hand-made annotations, spaCy-style). */
export function span(text: string, phrase: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" (#${nth}) is not in the text`);
  }
  return { start: at, end: at + phrase.length, text: phrase };
}

/**
 * A record annotated by hand on a text of our own: every layer the page draws, so the page is
 * tested apart from how well the pipeline does. Includes hostile strings in fields other than the
 * text, which the page must show as text.
 */
export function handMadeRecord(): DossierRecord {
  const text =
    'Envoy shot in Ankara\n\n' +
    'A gunman shot Ambassador Ivan Petrov at a gallery in Ankara on Monday, killing him, officials said. ' +
    '"We will respond," the Foreign Ministry said. Police reportedly detained two men near Izmir.';
  const s = (p: string, n = 0) => span(text, p, n);
  const event = emptyEvent();
  const record: DossierRecord = {
    schemaVersion: 1,
    id: 'hand-made-1',
    source: { title: 'Envoy shot in Ankara', publisher: 'Our Wire', url: 'javascript:alert(1)', published: '2026-11-23' },
    text,
    cleaning: [{ kind: 'spaces', original: { start: 40, end: 42, text: '  ' }, replacement: ' ' }],
    sections: [{ kind: 'title', start: 0, end: 20 }, { kind: 'body', start: 22, end: text.length }],
    sentences: [{ start: 22, end: s('said.').end }],
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Ivan Petrov', mentions: [s('Ivan Petrov')] },
      { id: 'e2', type: 'GPE', name: 'Ankara', mentions: [s('Ankara'), s('Ankara', 1)], geo: { name: 'Ankara', country: 'TR', lat: 39.92, lon: 32.85 } },
      { id: 'e3', type: 'ORG', name: '<img src=x onerror=alert(1)>Foreign Ministry', mentions: [s('Foreign Ministry')] },
      { id: 'e4', type: 'GPE', name: 'Izmir', mentions: [s('Izmir')], geo: { name: 'Izmir', country: 'TR', lat: 38.41, lon: 27.14 } },
    ],
    quotes: [{ ...s('"We will respond,"'), kind: 'direct', speaker: { ...s('the Foreign Ministry'), entityId: 'e3' }, cue: s('said', 1) }],
    attributions: [{ source: s('officials'), cue: s('said'), content: s('A gunman shot Ambassador Ivan Petrov at a gallery in Ankara on Monday, killing him'), hedged: false }],
    hedges: [{ ...s('reportedly detained two men'), cue: 'reportedly' }],
    event: {
      ...event,
      type: 'attack',
      summary: 'A gunman shot the ambassador Ivan Petrov in Ankara.',
      who: [{ ...s('A gunman'), score: 0.9 }],
      what: { ...s('shot', 1), score: 0.8 },
      when: { ...s('on Monday'), score: 0.7, iso: '2026-11-23', known: { weekday: 1 }, implied: { year: 2026, month: 11, day: 23 } },
      where: [{ ...s('a gallery in Ankara'), score: 0.8, entityId: 'e2' }],
      targets: [{ ...s('Ambassador Ivan Petrov'), score: 0.9, entityId: 'e1' }],
      casualties: { killed: { min: 1, exact: true, evidence: [s('killing him')] }, injured: null, perpetratorsKilled: null },
    },
  };
  return RecordSchema.parse(record);
}

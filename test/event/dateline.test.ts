import { describe, expect, it } from 'vitest';
import { datelineAt } from '../../src/extract/event/dateline.js';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { makeDoc, withMentions } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2024-03-04' };

function dateline(text: string, colon = false): string | null {
  const tokens = tokenize(text);
  const d = datelineAt(tokens, 0, tokens.length, colon);
  return d ? `${tokens.slice(d.placeStart, d.placeEnd).map((t) => t.text).join(' ')} | ${tokens[d.bodyStart]?.text}` : null;
}

describe('wire datelines', () => {
  it('reads the filing place and where the sentence starts', () => {
    expect(dateline('OSLO - The bank said on Tuesday it would buy a rival.')).toBe('OSLO | The');
    expect(dateline('PORTO, Portugal (AP) -- Fans gathered outside the stadium.')).toBe('PORTO | Fans');
    expect(dateline('THE HAGUE — Ministers met on Friday.')).toBe('THE HAGUE | Ministers');
    expect(dateline('Photo NAIROBI -- Crowds marched.')).toBe('NAIROBI | Crowds');
    expect(dateline('LAGOS, Sept 8 (Reuters) - A building collapsed.')).toBe('LAGOS | A');
    expect(dateline('WASHINGTON, Nov. 12, 2026 (AP) — The Senate voted.')).toBe('WASHINGTON | The');
    // The region and the date with its weekday after the town.
    expect(dateline('KELTON, Dunmore District, Thurs. June 18, 2026 – A team of archaeologists found a tomb.')).toBe('KELTON | A');
    // A month in lower case, and the agency's own name in brackets.
    expect(dateline('DILI, 30 june 2026 (TATOLI) – A team of scientists has described a new gecko.')).toBe('DILI | A');
    // A place in title case with the filing date before the agency's brackets.
    expect(dateline('Pyongyang, July 8 (KCNA) -- Researchers at the institute have developed a new maize variety.')).toBe('Pyongyang | Researchers');
    expect(dateline('Kelton, March 3 (Reuters) - A court jailed a former mayor.')).toBe('Kelton | A');
    // Spanish-language papers end it with ".-", after a place the gazetteer knows.
    expect(dateline('Santo Domingo.- Three people drowned on Friday.')).toBe('Santo Domingo | Three');
    expect(dateline('SANTIAGO.- Three people drowned on Friday.')).toBe('SANTIAGO | Three');
    expect(dateline('Mr.- Three people drowned on Friday.')).toBeNull();
    // Title case before an agency, with the country between ("Buenos Aires, Argentina (CNN) —").
    expect(dateline('La Paz (AFP) - Miners marched.')).toBe('La Paz | Miners');
    expect(dateline('Buenos Aires, Argentina (CNN) — The two leaders met.')).toBe('Buenos Aires | The');
    expect(dateline('British Music Rights, Europe (BMR) - which was formed')).toBeNull();
    // TASS: the place, the date and the agency between slashes, a sentence of its own.
    expect(dateline('ASTANA, April 15. /TASS/.')).toBe('ASTANA | undefined');
    // Title case, the date, and the outlet in capitals between slashes ("/MONTSAME/."), then the sentence.
    expect(dateline('Kelton, October 6, 2026 /KELTONPRESS/. The two ministers signed four documents on October 5.')).toBe('Kelton | The');
    // Not a place with a date and no outlet ("Kelton, October 6, 2026 The ...").
    expect(dateline('Kelton, October 6, 2026 The two ministers signed four documents.')).toBeNull();
    // UPI: the date alone before the agency, no place.
    expect(dateline('Nov. 5 (UPI) -- A retired teacher has found a comet.')).toBe(' | A');
    expect(dateline('May 5 (Smith) -- notes')).toBeNull();
  });

  it("dates the event by the body, not by a UPI dateline's date, and takes no place from it", () => {
    const doc = withMentions({
      title: 'Retired teacher discovers comet',
      body: 'Mar. 4 (UPI) -- A retired teacher has discovered a new comet, and astronomers announced the discovery Wednesday.',
    }, []);
    const event = extractEvent(doc, ctx);
    expect(event.when?.text).toBe('Wednesday');
    expect(event.where).toEqual([]);
  });

  it("takes neither a TASS dateline's place nor its agency for where, when the next sentence names a region ('Karaganda Region', an ORG to NER)", () => {
    const doc = withMentions({
      title: 'Death toll in mine blast rises to five',
      body: "KELTON, April 15. /TASS/. The death toll from a methane explosion at a coal mine in Dunmore Region has risen to five, the ministry said on Wednesday.",
    }, [{ text: 'KELTON', type: 'GPE' }, { text: 'TASS', type: 'GPE' }, { text: 'Dunmore Region', type: 'ORG' }]);
    const where = extractEvent(doc, ctx).where.map((a) => a.text);
    expect(where[0]).toBe('Dunmore Region');
    expect(where).not.toContain('TASS');
  });

  it("keeps the dateline's place where the sentence names a country only as an owner ('Lithuania's Prosecutor General's Office')", () => {
    const doc = withMentions({
      title: 'Prosecutors clear Kelton deputy mayor',
      body: "KELTON (Reuters) - Lithuania's Prosecutor General's Office on Thursday closed an investigation into Kelton deputy mayor Tomas Rimkus, saying it had found no evidence.",
    }, [{ text: 'Lithuania', type: 'GPE' }, { text: 'KELTON', type: 'GPE' }, { text: 'Tomas Rimkus', type: 'PERSON' }]);
    expect(extractEvent(doc, ctx).where[0]?.text).toMatch(/^kelton$/i);
  });

  it("does not take a dateline's filing date for when the event happened", () => {
    const doc = makeDoc({
      title: 'Building collapses in Kelton',
      body: 'KELTON, Sept 8 (Reuters) - A five-storey building under construction collapsed on Monday evening, killing seven workers, officials said on Tuesday.',
    });
    expect(extractEvent(doc, { clean: true, referenceDate: '2026-09-08' }).when?.text).toBe('Monday evening');
  });

  it('reads a colon dateline in the body, not in a title nor after a label', () => {
    expect(dateline('KARACHI: The provincial government raised fuel prices.', true)).toBe('KARACHI | The');
    expect(dateline('TANJUNG MALIM: Gerakan Maju Rakyat retained the seat.', true)).toBe('TANJUNG MALIM | Gerakan');
    // In a title the colon follows a speaker or a label.
    expect(dateline('WHO: Ebola outbreak over')).toBeNull();
    for (const s of ['BREAKING: Two killed in blast.', 'READ MORE: Ten things to know.', 'WATCH: The moment the bridge fell.']) expect(dateline(s, true)).toBeNull();
    // The body after the colon opens as a sentence does.
    expect(dateline('KARACHI: prices rose.', true)).toBeNull();
    // In title case, only a place the gazetteer knows: not a speaker, nor a label.
    expect(dateline('Dubai: Two workers were killed when a crane collapsed.', true)).toBe('Dubai | Two');
    expect(dateline('Abu Dhabi: The fund bought a stake.', true)).toBe('Abu Dhabi | The');
    expect(dateline('Smithson: I think we will win.', true)).toBeNull();
    expect(dateline('Update: The road has reopened.', true)).toBeNull();
  });

  it('takes no dateline where there is none', () => {
    expect(dateline('The ferry left Piraeus at noon.')).toBeNull();
    expect(dateline('NATO said on Monday it would send troops.')).toBeNull();
    expect(dateline('OSLO, a city of 700,000, voted on Monday.')).toBeNull();
  });
});


describe('event where and who with a dateline', () => {
  it("reads a colon dateline's place as where and keeps it out of the subject", () => {
    // No entity layer: only the dateline says where.
    const doc = makeDoc({
      title: 'Ruling party retains state seat with bigger majority',
      body: 'KELTON MALIM: The ruling party retained the state seat in the by-election on Saturday, its candidate winning by 4,862 votes.',
    });
    const e = extractEvent(doc, ctx);
    expect(e.where[0]?.text).toBe('KELTON MALIM');
    expect(e.who[0]?.text).toBe('The ruling party');
  });

  it('keeps the dateline as where when nothing else is named', () => {
    const doc = withMentions(
      { title: 'Storm shuts schools', body: 'OSLO - A storm closed every school in the city on Tuesday, officials said.' },
      [{ text: 'OSLO', type: 'GPE' }],
    );
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('OSLO');
  });

  it('lets a place the sentence or the headline names outrank the filing city', () => {
    const doc = withMentions(
      { title: 'Floods strand thousands in Tromso', body: 'OSLO - Floods stranded thousands of people in Tromso on Tuesday, officials said.' },
      [{ text: 'OSLO', type: 'GPE' }, { text: 'Tromso', type: 'GPE' }],
    );
    expect(extractEvent(doc, ctx).where[0]?.text).toBe('Tromso');
  });

  it('never reads the dateline into the subject', () => {
    const doc = withMentions(
      { title: 'Union calls strike', body: 'OSLO - The dockers union called a strike on Tuesday over pay.' },
      [{ text: 'OSLO', type: 'GPE' }],
    );
    expect(extractEvent(doc, ctx).who[0]?.text).not.toMatch(/OSLO/);
  });
});

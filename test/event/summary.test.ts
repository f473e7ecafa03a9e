import { describe, expect, it } from 'vitest';
import type { Arg, DossierEvent } from '../../src/core/record.js';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { asWrittenSentence, isFragment, summarize, whenPhrase } from '../../src/extract/event/summary.js';
import { makeDoc } from './make-doc.js';
import { ExtractService } from '../../src/app/extract-service.js';
import { parseArticleText } from '../../src/ingest/read-input.js';

const arg = (text: string, start: number, score = 1): Arg => ({ text, start, end: start + text.length, score });

function event(parts: Partial<Omit<DossierEvent, 'summary'>>): Omit<DossierEvent, 'summary'> {
  return {
    type: 'other', who: [], what: null, when: null, where: [], why: null, how: null,
    perpetrators: [], targets: [], weapons: [],
    casualties: { killed: null, injured: null, perpetratorsKilled: null },
    ...parts,
  } as Omit<DossierEvent, 'summary'>;
}

describe('event summary', () => {
  it('puts before the predicate only the subject of its own sentence', () => {
    // "A car bomb exploded near the market. ... Governor Gul told reporters ...": Gul ranks first as who.
    const e = event({
      who: [arg('Governor Gul', 120), arg('A car bomb', 0, 0.1)],
      what: arg('exploded near the market', 11),
    });
    expect(summarize(e)).toBe('A car bomb exploded near the market.');
  });

  it('gives the calendar date in brackets only where the words leave it to be worked out', () => {
    const time = (text: string, known: Record<string, number>) => ({ ...arg(text, 40), iso: '2005-03-02', known, implied: {} });
    const e = (when: ReturnType<typeof time>) => event({ who: [arg('The BBC', 0)], what: arg('leads the nominations', 8), when });
    expect(summarize(e(time('Wednesday', { weekday: 3 })))).toBe('The BBC leads the nominations, on Wednesday (2005-03-02).');
    expect(summarize(e(time('2 March 2005', { year: 2005, month: 3, day: 2 })))).toBe('The BBC leads the nominations, on 2 March 2005.');
  });

  it("keeps the headline's subject before a predicate it quotes ('Kuznetsova 'failed a drugs test'')", () => {
    const text = "Kuznetsova 'failed a drugs test'\n\nUS Open champion Svetlana Kuznetsova has tested positive for a banned drug, according to Belgian authorities.\n\nBelgian sports minister Claude Eerdekens said the Russian tested positive for the stimulant ephedrine on 19 December.";
    const { record } = new ExtractService().extractArticle(parseArticleText(text, 'kuznetsova.txt', 'text'));
    expect(record.event.summary).toMatch(/^(?:Svetlana )?Kuznetsova 'failed a drugs test'/);
  });

  it("names the headline's subject by the who answer only when that names all of it ('Halo fans'', not 'Halo')", () => {
    const text = "Halo fans' hope for sequel\n\nFans of the video game Halo are hoping that a sequel will be out next year, a survey of players in the US found on Tuesday.\n\nHalo sold five million copies.";
    const { record } = new ExtractService().extractArticle(parseArticleText(text, 'halo.txt', 'text'));
    expect(record.event.summary).toMatch(/^Halo fans'? hope for sequel/);
  });

  it('says "no one" for a toll stated as none', () => {
    const none = { min: 0, max: 0, exact: true, evidence: [] };
    const e = event({ who: [arg('A bomb', 0)], what: arg('exploded near the market', 7), casualties: { killed: none, injured: { min: 8, max: 8, exact: true, evidence: [] }, perpetratorsKilled: null } });
    expect(summarize(e)).toBe('A bomb exploded near the market; no one killed, 8 injured.');
  });

  it('closes a quotation its subject opened when the text closes it right after the predicate', () => {
    const text = "Economy 'stronger than forecast'";
    const e = event({ who: [arg("Economy 'stronger than", 0)], what: arg('forecast', 23) });
    expect(summarize(e, text)).toBe("Economy 'stronger than forecast'.");
    // A possessive's mark opens nothing.
    const owned = "Buyers snap up Jet Airways' shares";
    expect(summarize(event({ who: [arg('Buyers', 0)], what: arg("snap up Jet Airways' shares", 7) }), owned)).toBe("Buyers snap up Jet Airways' shares.");
  });

  it('keeps the few words the text has between subject and predicate', () => {
    const text = 'Dame Julie pops in to see Poppins';
    expect(summarize(event({ who: [arg('Dame Julie pops', 0)], what: arg('see Poppins', 22) }), text)).toBe('Dame Julie pops in to see Poppins.');
    // Punctuation between: the two stay apart as before.
    const label = 'Tram crash: police identify victims';
    expect(summarize(event({ who: [arg('Tram crash', 0)], what: arg('identify victims', 19) }), label)).toBe('Tram crash identify victims.');
  });

  it('gives the place the preposition and article the text gives it', () => {
    const text = 'Ireland beat Wales at Lansdowne Road. Fans cheered in the UK. The London gallery opened.';
    const where = (name: string, from = 0) => arg(name, text.indexOf(name, from));
    const win = event({ who: [arg('Ireland', 0)], what: arg('beat Wales', 8) });
    expect(summarize({ ...win, where: [where('Lansdowne Road')] }, text)).toBe('Ireland beat Wales, at Lansdowne Road.');
    expect(summarize({ ...win, where: [where('UK')] }, text)).toBe('Ireland beat Wales, in the UK.');
    // "the London gallery": the article is the gallery's.
    expect(summarize({ ...win, where: [where('London')] }, text)).toBe('Ireland beat Wales, in London.');
  });

  it('reads a predicate that opens with a quote mark as one that opens with its verb', () => {
    const e = event({ who: [arg('Hague', 0)], what: arg("'given up' his PM ambition", 6) });
    expect(summarize(e)).toBe("Hague 'given up' his PM ambition.");
    // Its subject named in full elsewhere (the predicate's own subject's entity, see event-stage.ts).
    expect(summarize(event({ who: [arg('William Hague', 60)], what: e.what }), undefined, arg('William Hague', 60))).toBe("William Hague 'given up' his PM ambition.");
  });

  it('gives the subject the quote mark opened before it when the predicate closes it', () => {
    const text = "'Debate needed' on donations cap";
    const e = event({ who: [arg('Debate', 1)], what: arg("needed' on donations cap", 8) });
    expect(summarize(e, text)).toBe("'Debate needed' on donations cap.");
    // A predicate that closes no quotation leaves the subject as it is.
    expect(summarize(event({ who: [arg('Debate', 1)], what: arg('needed on cap', 8) }), "'Debate needed on cap")).toBe('Debate needed on cap.');
  });

  it('is the question as written when the event is read from one, and the who skips its inverted auxiliary', () => {
    // (With no statement after it: a question headline gives way to a report that tells.)
    const e = extractEvent(makeDoc({ title: 'Could Yukos be a blessing in disguise?', body: 'Is the break-up of the oil firm Yukos good for investors in Moscow?' }), { clean: true });
    expect(e.summary).toBe('Could Yukos be a blessing in disguise?');
    expect(e.who.map((w) => w.text)).not.toContain('Could Yukos');
    // A headline that opens with a question word asks too, with no mark.
    const how = extractEvent(makeDoc({ title: 'How to make a greener computer', body: 'Engineers in Cambridge say old machines can be recycled.' }), { clean: true });
    expect(how.summary).toBe('How to make a greener computer.');
  });

  it('leaves the subject out rather than borrow one from another sentence', () => {
    const e = event({ who: [arg('Governor Gul', 120)], what: arg('exploded near the market', 11) });
    expect(summarize(e)).toBe('Exploded near the market.');
  });

  it('keeps the subject as written before its predicate, whatever the verb, but not across a colon', () => {
    const text = 'Ukraine ponders privatisation check';
    const e = event({ who: [arg('Ukraine', 0)], what: arg('ponders privatisation check', 8) });
    expect(summarize(e)).toBe('Ponders privatisation check.'); // "ponders": no verb the word list knows
    expect(summarize(e, text)).toBe('Ukraine ponders privatisation check.');
    const colon = 'Tram crash: Driver arrested';
    const c = event({ who: [arg('Tram crash', 0)], what: arg('Driver arrested', 12) });
    expect(summarize(c, colon)).toBe('Driver arrested.');
  });

  it('keeps the text\'s "at" before a place that ends a headline', () => {
    const text = 'Champion hits out at Dunmore\n\nLindsay Reed criticised the organisers on Monday.';
    const e = event({ who: [arg('Champion', 0)], what: arg('hits out', 9), where: [arg('Dunmore', 21)] });
    expect(summarize(e, text)).toBe('Champion hits out, at Dunmore.');
  });

  it('puts back the article before a place answered without it ("in the port city of Mersin")', () => {
    const text = 'A bomb exploded in the port city of Mersin.';
    const e = event({ who: [arg('A bomb', 0)], what: arg('exploded', 7), where: [arg('port city of Mersin', 23)] });
    expect(summarize(e, text)).toBe('A bomb exploded, in the port city of Mersin.');
    // A common noun of a settlement takes it whatever follows ("... of Santa Maria she was hired").
    const told = 'The nanny told the court in the Californian town of Santa Maria she was hired.';
    const hired = event({ who: [arg('The nanny', 0)], what: arg('told the court', 10), where: [arg('Californian town of Santa Maria', 32)] });
    expect(summarize(hired, told)).toContain('in the Californian town of Santa Maria');
    const named = event({ who: [arg('A bomb', 0)], what: arg('exploded', 7), where: [arg('Mersin', 36)] });
    expect(summarize(named, text)).toBe('A bomb exploded, in Mersin.');
  });

  it('names the perpetrator after a predicate with no subject', () => {
    const e = event({ what: arg('opened fire on a crowd', 40), perpetrators: [arg('a gunman', 200)] });
    expect(summarize(e)).toBe('Opened fire on a crowd (by a gunman).');
    // Not when the predicate names them by their head noun ("bandits attack ..." by "suspected bandits").
    const named = event({ what: arg('12 killed as bandits attack Dunmore village', 0), perpetrators: [arg('suspected bandits', 200)] });
    expect(summarize(named)).toBe('12 killed as bandits attack Dunmore village.');
  });
});

describe('who', () => {
  it('passes over a subject that names no one ("No group has claimed ...")', () => {
    const d = makeDoc({ body: 'No group has claimed responsibility for the attack. Police detained two suspects near the station.' });
    const e = extractEvent(d, { clean: true, referenceDate: '2016-12-19' });
    expect(e.who.map((w) => w.text)).not.toContain('No group');
    expect(e.who.map((w) => w.text)).not.toContain('No');
    expect(e.who[0]?.text).toBe('Police');
  });
});

describe('summary places', () => {
  it('writes a dateline place in capitals as a sentence would, and leaves abbreviations', () => {
    const s = (where: string) => summarize(event({ what: arg('Gunman kills three', 0), where: [arg(where, 100)] }));
    expect(s('LYON')).toBe('Gunman kills three, in Lyon.');
    expect(s('THE HAGUE')).toBe('Gunman kills three, in The Hague.');
    expect(s('US')).toBe('Gunman kills three, in US.');
    expect(s('Port-au-Prince')).toBe('Gunman kills three, in Port-au-Prince.');
  });
});

describe('summary subject, whole pipeline', () => {
  it('names a headline\'s surname subject by the full name the who answer gives', () => {
    const text = 'Souness cools cup hopes\n\nNewcastle manager Graeme Souness said on Monday that his side would not win the cup this season. Souness said injuries had hurt the squad.\n';
    const { record } = new ExtractService().extractArticle(parseArticleText(text, 'souness.txt', 'text'));
    // The who answers name him in full, from the body; none stands at the headline's "Souness".
    expect(record.event.who.some((w) => w.text === 'Souness')).toBe(false);
    expect(record.event.summary).toMatch(/^Graeme Souness cools cup hopes/);
  });
});

describe('event summary: the place said once', () => {
  it('leaves out where when the occasion already names the place', () => {
    const text = 'A gunman shot the envoy while he was delivering a speech at an art gallery in Ankara.';
    const when = { text: 'delivering a speech at an art gallery in Ankara', start: 35, end: 82, score: 1, known: {}, implied: {} };
    const e = event({ what: arg('shot the envoy', 9), who: [arg('A gunman', 0)], where: [arg('Ankara', 76)], when });
    expect(summarize(e, text)).toBe('A gunman shot the envoy, while delivering a speech at an art gallery in Ankara.');
  });
});

describe('event summary: a headline\'s quoted claim', () => {
  it('keeps the subject before the opening mark of the quoted predicate, and the quotation marks', () => {
    const text = "Anglers 'could face prosecution'";
    const e = event({ who: [arg('Anglers', 0)], what: arg('could face prosecution', 9) });
    expect(summarize(e, text)).toBe("Anglers 'could face prosecution'.");
    // A quotation with no subject still opens with a capital.
    expect(summarize(event({ what: arg('fail to boost sales', 1) }), "'fail to boost sales'")).toBe("'Fail to boost sales'.");
  });
});

describe('event summary: the when adverbial', () => {
  const time = (text: string, known: Record<string, number> = {}) => ({ text, start: 0, end: text.length, score: 1, known, implied: {} });

  it('gives each kind of time the preposition it needs', () => {
    expect(whenPhrase(time('Sunday', { weekday: 0 }))).toBe('on Sunday');
    expect(whenPhrase(time('10.38am on Wednesday', { hour: 10, minute: 38, weekday: 3 }))).toBe('at 10.38am on Wednesday');
    // A clock time told roughly takes "at" too, not the day's "on".
    expect(whenPhrase(time('about 11.40pm on Saturday', { hour: 23, minute: 40, weekday: 6 }))).toBe('at about 11.40pm on Saturday');
    expect(whenPhrase(time('around 10:40 p.m. Saturday', { hour: 22, minute: 40, weekday: 6 }))).toBe('at around 10:40 p.m. Saturday');
    expect(whenPhrase(time('2005', { year: 2005 }))).toBe('in 2005');
    expect(whenPhrase(time('November', { month: 11 }))).toBe('in November');
    expect(whenPhrase(time('3pm', { hour: 15 }))).toBe('at 3pm');
    expect(whenPhrase(time("Saturday's Six Nations clash", { weekday: 6 }))).toBe("at Saturday's Six Nations clash");
    expect(whenPhrase(time('the early hours of Tuesday morning', { weekday: 2 }))).toBe('in the early hours of Tuesday morning');
    expect(whenPhrase(time('a concert in Leeds'))).toBe('at a concert in Leeds');
    expect(whenPhrase(time('delivering a speech'))).toBe('while delivering a speech');
  });

  it('keeps a time that carries its own preposition or needs none, and takes a sentence capital off', () => {
    expect(whenPhrase(time('on 27 January', { day: 27, month: 1 }))).toBe('on 27 January');
    expect(whenPhrase(time('Last week'))).toBe('last week');
    expect(whenPhrase(time('Earlier this week'))).toBe('earlier this week');
    expect(whenPhrase(time('yesterday'))).toBe('yesterday');
  });
});

describe('event summary: the predicate\'s own subject', () => {
  it('names the words before the predicate when no who answer is that subject', () => {
    const TAGS: Record<string, string> = { Ad: 'NN', sales: 'NNS', boost: 'VBP', Time: 'NNP', Warner: 'NNP', profit: 'NN' };
    const doc = makeDoc({ title: 'Ad sales boost Time Warner profit', body: 'Quarterly profits at the media giant rose 76% in the three months to December.' });
    const tokens = doc.get('tokens').map((t) => ({ ...t, pos: TAGS[t.text] ?? (/^\p{L}/u.test(t.text) ? 'NN' : t.text) }));
    expect(extractEvent(doc.withLayers({ tokens }), { clean: true, referenceDate: '2005-02-01' }).summary).toMatch(/^Ad sales boost Time Warner profit/);
  });

  it('tells a summary that is a predicate with no subject, and writes a headline as a sentence', () => {
    expect(isFragment('Are shown in the US.', arg('are shown in the US', 90))).toBe(true);
    expect(isFragment('Has dressed its economy, on 17 December.', arg('has dressed its economy', 60))).toBe(true);
    expect(isFragment('Turkey has dressed its economy.', arg('has dressed its economy', 60))).toBe(false);
    expect(isFragment('Gunmen attack police station.', arg('attack police station', 7))).toBe(false);
    expect(isFragment('Huge crowds in the square.', arg('Huge crowds in the square', 0))).toBe(false);
    expect(asWrittenSentence('Video phones act\n as dating tools')).toBe('Video phones act as dating tools.');
    expect(asWrittenSentence('Could Yukos be a blessing in disguise?')).toBe('Could Yukos be a blessing in disguise?');
  });

  it('reads a headline that opens with a question word as the question it asks, not a subject and its predicate', () => {
    // Once "Why | is the game so popular": the question word read as a subject.
    const doc = makeDoc({ title: 'Why is the game so popular', body: 'Millions of people play it every day.' });
    expect(extractEvent(doc, { clean: true, referenceDate: '2005-02-01' }).summary).toBe('Why is the game so popular.');
  });
});

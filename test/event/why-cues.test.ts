import { describe, expect, it } from 'vitest';
import { ExtractService } from '../../src/app/extract-service.js';
import { parseArticleText } from '../../src/ingest/read-input.js';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2016-11-09' };

/** The why of an article given as a headline and a body, through the whole pipeline. */
const service = new ExtractService();
const whyOf = (title: string, body: string) => service.extractArticle({ title, body, meta: { title: 'x', format: 'text' } }).record.event.why?.text ?? null;

describe('event why: cues after a verb of the event', () => {
  it('finishes a noun phrase the length cap cuts, by the POS tags', () => {
    const TAGS: Record<string, string> = { The: 'DT', singer: 'NN', was: 'VBD', arrested: 'VBN', after: 'IN', a: 'DT', fight: 'NN', in: 'IN', German: 'JJ', nightclub: 'NN', on: 'IN', Saturday: 'NNP', '.': '.' };
    const doc = makeDoc({ body: 'The singer was arrested after a fight in a German nightclub on Saturday.' });
    const tokens = doc.get('tokens').map((t) => ({ ...t, pos: TAGS[t.text] ?? 'NN' }));
    expect(extractEvent(doc.withLayers({ tokens }), ctx).why?.text).toBe('after a fight in a German nightclub');
  });

  it('reads on past "and the" after a cue that takes a noun phrase, but not into a new clause', () => {
    const service = new ExtractService();
    const whyOf = (body: string) => service.extractArticle({ title: 'Resident doctors begin strike', body, meta: { title: 'x', format: 'text' } }).record.event.why?.text;
    expect(whyOf('Patients were stranded on Monday as resident doctors began an indefinite strike over unpaid arrears and the non-implementation of a new salary structure.'))
      .toMatch(/^over unpaid arrears and the non-implementation/);
    expect(whyOf('Patients were stranded on Monday as resident doctors began an indefinite strike over unpaid arrears and the union said talks had failed.'))
      .toBe('over unpaid arrears');
  });

  it('finishes an adjective the length cap cut from its noun ("a lack of proper | environmental checks")', () => {
    const service = new ExtractService();
    const e = service.extractArticle({ title: 'Dunmore mine project halted', body: 'The government halted the Dunmore mine project on Monday because of a lack of proper environmental checks, the ministry said.', meta: { title: 'x', format: 'text' } }).record.event;
    expect(e.why?.text).toBe('because of a lack of proper environmental checks');
  });

  it('reads what findings indicate and investigators suspect, and "in light of", as the cause', () => {
    expect(whyOf('Bus plunges into ravine near Dunmore', 'A bus plunged into a ravine near Dunmore on Sunday, killing nine people. Preliminary findings indicate that the bus lost its brakes on a steep curve.'))
      .toMatch(/^the bus lost its brakes/);
    expect(whyOf('Gas blast wrecks Dunmore restaurant', 'An explosion wrecked a restaurant in Dunmore on Friday, injuring 17 people. Investigators suspect that gas leaking from a hose ignited.'))
      .toMatch(/^gas leaking/);
    expect(whyOf('Kelmar raises minimum wage', 'The Kelmar labour committee on Tuesday raised the minimum wage to 310 crowns a month in light of the rise in living costs, the ministry said.'))
      .toMatch(/^in light of the rise in/);
  });

  it('reads what a firm "seeks to" do as it acts as its purpose', () => {
    const service = new ExtractService();
    const e = service.extractArticle({ title: 'Harlow Foods agrees to buy Brenner Snacks', body: 'Harlow Foods agreed on Tuesday to buy the snack maker Brenner for £3.6 billion, its biggest deal, as it seeks to expand in Britain and cut its dependence on dairy.', meta: { title: 'x', format: 'text' } }).record.event;
    expect(e.why?.text).toMatch(/^as it seeks to expand in Britain/);
  });

  it('reads "resigns over" + a scandal as the cause', () => {
    const doc = makeDoc({
      title: 'Transport minister resigns over bridge contract scandal',
      lead: 'Transport Minister Ana Lind resigned on Tuesday.',
      body: 'She told reporters she had done nothing wrong.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('over bridge contract scandal');
  });

  it('does not read "over" + a span of time as a cause ("over the weekend", "over the past decade")', () => {
    const doc = makeDoc({
      title: 'Transport minister resigns over the weekend',
      lead: 'Transport Minister Ana Lind resigned over the past few days, aides said.',
      body: 'She told reporters she had done nothing wrong.',
    });
    expect(extractEvent(doc, ctx).why?.text ?? '').not.toMatch(/^over/);
  });

  it('reads what protesters marched "against" as the protest\'s cause', () => {
    const doc = makeDoc({
      title: 'Thousands protest in Lisbon',
      lead: 'Thousands of protesters marched through Lisbon on Saturday against a planned rise in rents.',
      body: 'Police said the march was peaceful.',
    });
    expect(extractEvent(doc, ctx).why?.text).toMatch(/^against a planned rise in rents/);
  });

  it('does not give a shooting near a protest the protest\'s cause', () => {
    const doc = makeDoc({
      title: 'Two shot near protest in Lisbon',
      lead: 'Two people were shot near a protest against the mayor in Lisbon on Saturday, police said.',
      body: 'The gunman fled on foot.',
    });
    const event = extractEvent(doc, ctx);
    expect(event.type).not.toBe('protests');
    expect(event.why?.text ?? '').not.toMatch(/against the mayor/);
  });

  it('reads "suspected of" after an arrest as the cause', () => {
    const doc = makeDoc({
      title: 'Police arrest nine in Porto',
      lead: 'Police in Porto have arrested nine people suspected of selling forged vaccine certificates, officials said on Monday.',
      body: 'The suspects will appear in court on Friday.',
    });
    expect(extractEvent(doc, ctx).why?.text).toMatch(/^suspected of selling forged vaccine certificates/);
  });

  it('ends a cue\'s noun phrase before an auxiliary ("a strike over pension reforms will close")', () => {
    const doc = makeDoc({
      title: 'A strike by teachers over pension reforms will close schools in Porto',
      lead: 'Schools in Porto will close on Friday, unions said.',
      body: 'Schools will close for the day.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('over pension reforms');
  });

  it('drops a pronoun left before the auxiliary ("over claims he was ...")', () => {
    const doc = makeDoc({
      title: 'Porto coach sacked over claims he was drunk at training',
      lead: 'The club said on Monday it had dismissed the coach.',
      body: 'He denies the claims.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('over claims');
  });
});

describe('event why: a clause the length cap cuts', () => {
  it('reads on to a word that can end it, when the cap falls on one that wants more', () => {
    const why = (text: string) => new ExtractService().extractArticle(parseArticleText(text, 'why.txt', 'text')).record.event.why?.text;
    // Cut at six words: "after the firm warned it could" and "after it said it would".
    expect(why('Kestrel shares slump\n\nShares in Kestrel fell sharply on Monday after the firm warned it could run out of cash next year.')).toBe('after the firm warned it could run out of cash');
    expect(why('Bank shares fall\n\nShares in the bank fell on Friday after it said it would not make any money this year.')).toBe('after it said it would not make any money');
  });
});

describe('event why: a list the comma goes on', () => {
  it('reads a list of causes or purposes to its last item, but not an apposition or a new clause', () => {
    expect(whyOf('Kelton shops fined', 'KELTON - Eleven shops were fined on Tuesday for raising prices on bottled water, batteries, generators and gas cans while a state of emergency was in effect.')).toBe('for raising prices on bottled water, batteries, generators and gas cans');
    expect(whyOf('Kelton bans cars from centre', 'KELTON - Kelton will ban most cars from its old town from June in a bid to cut traffic, noise and air pollution, the mayor said on Monday.')).toBe('in a bid to cut traffic, noise and air pollution');
    expect(whyOf('Ground rises in Kelton', 'KELTON - The ground under the port of Kelton has risen by 20 centimetres in a year, caused by bradyseism, a slow rise and fall of the land, scientists said on Monday.') ?? '').not.toMatch(/rise and fall/);
  });
});

describe('event why: a market\'s move "on" a cause, in a headline', () => {
  it('reads "jumps 41% on price hikes" in a headline as the cause, not "on Monday" in the report', () => {
    expect(whyOf('Kelton Cement profit jumps 41% on price hikes', 'Kelton Cement posted a 41 percent rise in quarterly profit, the company said on Monday.')).toBe('on price hikes');
    expect(whyOf('Kelton Cement results', 'Shares in Kelton Cement rose on Monday, the exchange said.')).toBeNull();
  });

  it('reads no occasion ("on debut") and no "profit after tax" as a cause', () => {
    expect(whyOf('Kelton Bank shares soar on debut', 'Shares in Kelton Bank rose 40% in their first day of trading.')).toBeNull();
    expect(whyOf('Kelton Cement results', 'Kelton Cement posted a 41 percent rise in profit after tax to 68 billion naira in the first quarter.')).toBeNull();
  });
});

describe('event why: a walkout "over" its cause', () => {
  it('reads "down tools over pay" as the cause', () => {
    expect(whyOf('Kelton fish workers down tools over pay', 'About 1 800 workers at a fish-processing plant in Kelton downed tools on Monday, their union said.')).toBe('over pay');
  });
});

describe('event why: what a fire is believed to have started from', () => {
  it('reads "was believed to have started accidentally in a storage area" as the cause, wherever the report tells it', () => {
    expect(whyOf('Huge fire rips through Kelton mill',
      'A huge fire ripped through a warehouse in a former cotton mill in Kelton last night. Around 60 firefighters fought the flames. Residents were told to keep their windows shut. Two firefighters were treated by paramedics. The road was closed overnight. A fire officer said the fire was believed to have started accidentally in a storage area on the ground floor.',
    )).toBe('believed to have started accidentally in a storage area on the ground floor');
  });
});

describe('event why: how someone caused a fire', () => {
  it('reads what follows "causing the fire by" as the cause, wherever the report tells it', () => {
    expect(whyOf('Farmer dies as wildfire tears through Kelton hill villages',
      'A 71-year-old farmer was killed on Wednesday when a wildfire swept through the hills above Kelton. Hundreds of residents fled their homes. Two firefighters suffered burns. Aircraft dropped water on the flames until dusk. The fire was the largest on the island this year. Police said a 58-year-old man had been arrested on suspicion of causing the fire by burning dry grass and rubbish on his land.',
    )).toBe('burning dry grass and rubbish on his land');
  });
});

describe('event why: what an attack is linked to', () => {
  it('reads what follows "linked to" after the attack as the cause, not a background of violence', () => {
    expect(whyOf('Two men shot dead outside Kelton bar',
      'Two men were killed when gunmen opened fire on patrons outside a bar in Kelton on Sunday night. Police believe the attack is linked to an ongoing feud between rival gangs in Kelton and Marrowby.',
    )).toBe('an ongoing feud between rival gangs in Kelton and Marrowby');
    expect(whyOf('Two men shot dead outside Kelton bar',
      'Two men were killed when gunmen opened fire on patrons outside a bar in Kelton, a port city where violence linked to drug gangs has soared in recent years.',
    ) ?? '').not.toMatch(/drug gangs/);
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';
import { eventOf } from './event-of.js';

const ctx = { clean: true, referenceDate: '2016-11-09' };

describe('event why and how', () => {
  it('reads a quoted cause after its cue', () => {
    const doc = makeDoc({
      title: 'Biscuit maker shrinks its packets',
      lead: 'The maker said the change was driven by "rising prices for flour" this year.',
      body: 'Shoppers noticed the smaller packets in March.',
    });
    expect(extractEvent(doc, ctx).why?.text).toMatch(/^driven by "rising prices/);
  });

  it('does not take the event itself, told again after a weak cue, as its cause', () => {
    const doc = makeDoc({
      title: 'Several hurt after train derails near the coast',
      lead: 'Several passengers were hurt when a train derailed near the coast on Monday.',
      body: 'The line was closed for the day.',
    });
    expect(extractEvent(doc, ctx).why).toBeNull();
  });

  it('does not take a time after a weak cue as the cause ("shortly after 9am")', () => {
    const parts = {
      lead: 'The blast struck the market shortly after 9am as traders were setting up their stalls.',
      body: 'Police closed the road.',
    };
    const bare = makeDoc(parts);
    const start = bare.text.indexOf('9am');
    const times = [{ start, end: start + 3, text: '9am', known: { hour: 9 }, implied: {} }];
    expect(extractEvent(makeDoc(parts), ctx).why?.text).toMatch(/^after 9am/); // without the times layer
    expect(extractEvent(makeDoc(parts, { times }), ctx).why).toBeNull();
  });

  it('reads a purpose infinitive after the object as why', () => {
    const doc = makeDoc({
      title: 'Bakery shrinks its loaves to cut costs',
      lead: 'The bakery made its loaves smaller in May.',
      body: 'Customers complained.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('to cut costs');
  });

  it('does not take a to-infinitive that completes a verb or noun as a purpose', () => {
    const doc = makeDoc({
      title: 'Runner failed to finish the race',
      lead: 'The coach made a late decision to withdraw him.',
      body: 'The runner was able to walk off the track.',
    });
    expect(extractEvent(doc, ctx).why).toBeNull();
  });

  it('answers how with a vote\'s or a rate\'s margin ("by 121 votes to 98", "by 25 basis points")', () => {
    const law = makeDoc({ title: 'Portmere parliament passes rent law', lead: 'The Portmere parliament passed a rent law on Friday by 121 votes to 98.', body: 'Landlords criticised it.' });
    expect(extractEvent(law, ctx).how?.text).toBe('by 121 votes to 98');
    const rate = makeDoc({ title: 'Central bank cuts rates', lead: 'The Dunmore central bank cut its main rate by 25 basis points on Thursday.', body: 'Markets rose.' });
    expect(extractEvent(rate, ctx).how?.text).toBe('by 25 basis points');
  });

  it('reads a motive named as such, as the text first told it ("the dispute was the motive")', () => {
    const doc = makeDoc({
      title: 'Gunman kills two at Kelton market',
      lead: 'A gunman shot dead two people at a market in Kelton on Saturday.',
      body: 'The man had recently lost a long legal dispute with his former employer, a catering firm. Investigators believe the dispute was the motive, the prosecutor said.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('a long legal dispute with his former employer');
    const revenge = makeDoc({ title: 'Shop owner stabbed in Kelton', lead: 'A shop owner was stabbed in Kelton on Friday.', body: 'Police said the motive was revenge for an unpaid debt.' });
    expect(extractEvent(revenge, ctx).why?.text).toMatch(/^revenge for an unpaid debt/);
  });

  it('ends a "triggered by" cause at the auxiliary of its clause\'s own verb', () => {
    const doc = makeDoc({
      title: 'Floods kill 23 in Kelton',
      lead: 'Flash floods triggered by heavy monsoon rains have killed at least 23 people in Kelton, officials said on Tuesday.',
      body: 'Rivers burst their banks.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('triggered by heavy monsoon rains');
  });

  it('answers how a match or an accident went with a participle clause after the main one, not what followed in business', () => {
    const cup = makeDoc({ title: 'Kelton Rovers win cup final', lead: 'Kelton Rovers won the cup on Sunday, beating rivals Dunmore 2-1 in the final.', body: 'Fans celebrated in the streets.' });
    expect(extractEvent(cup, ctx).how?.text).toMatch(/^beating rivals Dunmore 2-1/);
    const shares = makeDoc({ title: 'Dunmore shares fall', lead: 'Shares in Dunmore Holdings fell 5% on Monday, casting doubt on its recovery plan.', body: 'Analysts were cautious.' });
    expect(extractEvent(shares, ctx).how?.text ?? '').not.toMatch(/casting/);
  });

  it('reads what a disaster sent where as how it went, a list whole, and no dangling word at the cap', () => {
    // (Through the whole pipeline: the tags finish the noun phrase the cap cut, "uprooted | trees".)
    const slide = eventOf('Landslide buries homes in Kelton',
      'A hillside above Kelton collapsed on Sunday, sending mud, rocks and uprooted trees onto three wooden homes.',
      'Rescuers searched through the night.');
    expect(slide.how?.text).toBe('sending mud, rocks and uprooted trees');
    const race = makeDoc({ title: 'Kelton wins marathon', lead: 'Ana Ruiz won the Kelton marathon on Sunday, pulling away from a group of four runners at 30 kilometres.', body: 'She finished in 2:21:08.' });
    expect(extractEvent(race, ctx).how?.text).toMatch(/^pulling away from a group(?: of four runners)?$/);
  });

  it('reads how a protest went from its participle clause, but no time ("starting next Monday")', () => {
    const blockade = eventOf('Strike at Kelton port over unpaid allowances enters second day',
      'Hundreds of striking workers gathered at the main gate of Kelton port on Tuesday, blocking trucks from entering the terminal.',
      'Management said talks would resume.');
    expect(blockade.how?.text).toBe('blocking trucks from entering the terminal');
    const called = eventOf('Kelton dockworkers call strike',
      'Dockworkers at Kelton port called a three-day strike on Tuesday, starting next Monday.',
      'Management said talks would resume.');
    expect(called.how?.text ?? '').not.toMatch(/starting next Monday/);
  });

  it('reads "in a dispute over" and "fanned by" as causes', () => {
    const strike = makeDoc({
      title: 'Dockworkers strike at Portmere',
      lead: 'Dockworkers at Portmere began a 48-hour strike on Monday in a dispute over plans to introduce automated cranes.',
      body: 'Ships queued outside the harbour.',
    });
    expect(extractEvent(strike, ctx).why?.text).toMatch(/^in a dispute over plans to introduce/);
    const fire = makeDoc({
      title: 'Wildfire forces evacuations near Dunmore',
      lead: 'Hundreds of people left their homes on Wednesday as a wildfire fanned by strong winds spread through pine forest.',
      body: 'Firefighters worked through the night.',
    });
    expect(extractEvent(fire, ctx).why?.text).toMatch(/^fanned by strong winds/);
  });

  it('does not take "after" + something starting or ending, nor "to" after a span of time, as a cause or purpose', () => {
    const mine = makeDoc({
      title: 'Miners killed in pit collapse',
      lead: 'The wall of a pit gave way shortly after the morning shift began, burying workers under rock.',
      body: 'The search went on into the night.',
    });
    expect(extractEvent(mine, ctx).why).toBeNull();
    const blast = makeDoc({
      title: 'Blast at Dunmore chemical plant',
      lead: 'The explosion triggered a fire that took firefighters nearly five hours to bring under control.',
      body: 'Windows were shattered across the town.',
    });
    expect(extractEvent(blast, ctx).why).toBeNull();
  });

  it('does not take a plea\'s "guilty to" or a market\'s "to close at" as a purpose', () => {
    const plea = makeDoc({
      title: 'Insurance bosses admit fraud',
      lead: 'Three insurance executives have pleaded guilty to fraud charges in Dunmore.',
      body: 'The court will sentence them in May.',
    });
    expect(extractEvent(plea, ctx).why).toBeNull();
    const market = makeDoc({
      title: 'Portmere shares end year higher',
      lead: 'The Portmere index gained 7.6% during the year to close at 11,488 points.',
      body: 'Traders expect further gains.',
    });
    expect(extractEvent(market, ctx).why).toBeNull();
  });

  it('does not take "to" + verb after a verb and its object ("caused her to lose") or after "who" as a purpose', () => {
    const doc = makeDoc({
      title: 'Mayor loses re-election race',
      lead: 'The mayor said the closure of the steelworks caused her to lose the race.',
      body: 'She has already figured out who to blame. The council asked him to stay.',
    });
    expect(extractEvent(doc, ctx).why).toBeNull();
    const purpose = makeDoc({
      title: 'Mayor loses re-election race',
      lead: 'The mayor closed the steelworks to save money, and the closure caused her to lose the race.',
      body: 'She has already figured out who to blame.',
    });
    expect(extractEvent(purpose, ctx).why?.text).toBe('to save money');
  });

  it('reads how from a manner phrase', () => {
    const doc = makeDoc({
      title: 'Mayor re-elected in a landslide vote',
      lead: 'The mayor won a second term in a landslide vote on Sunday.',
      body: 'Turnout was higher than four years ago.',
    });
    expect(extractEvent(doc, ctx).how?.text).toBe('in a landslide vote');
  });

  it('answers how an incident happened with its trigger verb ("overturned"), not a noun ("crash")', () => {
    const doc = makeDoc({
      title: 'Bus crash in Dorley leaves three hurt',
      body: 'A bus overturned on a bend near Dorley on Monday. Three passengers were taken to hospital after the crash.',
    });
    const event = extractEvent(doc, ctx);
    expect(event.type).toBe('accident');
    expect(event.how?.text).toBe('overturned');
  });

  it('reads "blames X for" + an -ing form as the cause, and not "for" + the outcome', () => {
    const act = makeDoc({ title: 'Coach blames referee for ignoring a late foul', body: 'The team lost the final on Saturday.' });
    expect(extractEvent(act, ctx).why?.text).toBe('for ignoring a late foul');
    const outcome = makeDoc({ title: 'Coach blames referee for cup final defeat', body: 'The team lost the final on Saturday.' });
    expect(extractEvent(outcome, ctx).why?.text ?? '').not.toMatch(/defeat/);
  });
  it('does not read "for the first time" or "for two hours" as a reason', () => {
    const doc = makeDoc({
      title: 'Rival leaders meet for the first time in Castel',
      body: 'The two leaders talked for two hours on Monday. They met in Castel to agree a ceasefire along the border.',
    });
    expect(extractEvent(doc, ctx).why?.text).toMatch(/^to agree a ceasefire/);
  });

  it('ends a purpose before a relative clause about its object', () => {
    const doc = makeDoc({
      title: 'Divers work through the night to reach a miner who was trapped underground',
      body: 'The mine was closed on Tuesday.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('to reach a miner');
  });

  it('does not read "impossible to" + verb as a purpose', () => {
    const doc = makeDoc({
      title: 'Mayor calls the plan impossible to fund',
      body: 'The council meets on Friday.',
    });
    expect(extractEvent(doc, ctx).why).toBeNull();
  });
  it('reads a manner phrase only with an indefinite article ("in a landslide vote", not "by decision")', () => {
    const doc = makeDoc({
      title: 'Minister stands by decision to close the clinic',
      body: 'The clinic will shut in May, the ministry said.',
    });
    expect(extractEvent(doc, ctx).how?.text ?? '').not.toMatch(/decision/);
  });

  it('answers how with the report\'s past form of the headline\'s incident verb', () => {
    const doc = makeDoc({
      title: 'Tram derails near Hallow',
      body: 'A tram derailed on a bend near Hallow on Monday. Four passengers were hurt.',
    });
    expect(extractEvent(doc, ctx).how?.text).toBe('derailed');
  });

  it('answers how with the verb whose object is the weapon ("fired a pistol")', () => {
    const parts = { body: 'A gunman walked into the market and fired a pistol at shoppers on Saturday.' };
    const bare = makeDoc(parts);
    const tags: Record<string, string> = { A: 'DT', gunman: 'NN', walked: 'VBD', into: 'IN', the: 'DT', market: 'NN', and: 'CC', fired: 'VBD', a: 'DT', pistol: 'NN', at: 'IN', shoppers: 'NNS', on: 'IN', Saturday: 'NNP', '.': '.' };
    const tokens = bare.get('tokens').map((t) => ({ ...t, pos: tags[t.text] ?? 'NN' }));
    expect(extractEvent(makeDoc(parts, { tokens }), ctx).how?.text).toBe('fired a pistol');
    // Untagged, the verb is not known for one: the weapon alone.
    expect(extractEvent(bare, ctx).how?.text).toBe('pistol');
  });
});

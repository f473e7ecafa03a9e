import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/core/layers.js';
import { readClause } from '../../src/extract/event/clause.js';
import { tokenize } from '../../src/nlp/tokenize.js';

const opts = { maxWhat: 5, maxStops: 0 };

function read(text: string, title = false): { subject: string | null; verb: string | null; predicate: string | null; tokens: readonly Token[] } {
  const tokens = tokenize(text);
  const c = readClause(tokens, 0, tokens.length, { ...opts, title });
  const span = (r: readonly [number, number] | null) => (r ? text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end) : null);
  return { subject: span(c.subject), verb: span(c.verb), predicate: span(c.predicate), tokens };
}

describe('event clause reading', () => {
  it('reads past a possessive relative clause set off by commas to the sentence\'s own verb ("The deejay, whose given name is X, stopped the band")', () => {
    const c = read('The veteran singer, whose given name is Dwayne Marsh, stopped the band after his last song.');
    expect(c.verb).toBe('stopped');
    expect(c.subject).toBe('The veteran singer');
    // Without its closing comma the clause is not skipped.
    expect(read('The singer whose name is Dwayne Marsh sang.').verb).toBe('is');
  });
  it('reads a participle the tagger gave a noun before and an object after as the verb ("A man armed with a handgun held/VBN four people hostage")', () => {
    const tokens = tokenize('A man armed with a knife held two people hostage in a bank.');
    const tags = ['DT', 'NN', 'VBN', 'IN', 'DT', 'NN', 'VBN', 'CD', 'NNS', 'NN', 'IN', 'DT', 'NN', '.'];
    const tagged = tokens.map((t, i) => ({ ...t, pos: tags[i] }));
    const c = readClause(tagged, 0, tagged.length, opts);
    expect(c.verb && tagged[c.verb[0]]!.text).toBe('held');
    // ("people killed two years ago": a participle before a stretch of time keeps its tag.)
    const ago = tokenize('The men killed two years ago were farmers.');
    const agoTags = ['DT', 'NNS', 'VBN', 'CD', 'NNS', 'RB', 'VBD', 'NNS', '.'];
    const agoTagged = ago.map((t, i) => ({ ...t, pos: agoTags[i] }));
    const d = readClause(agoTagged, 0, agoTagged.length, opts);
    expect(d.verb && agoTagged[d.verb[0]]!.text).toBe('were');
  });
  it('reads a count with an apposition as the subject, not a fronted phrase ("At least nine migrants, three of them children, drowned")', () => {
    expect(read('At least nine migrants, three of them children, drowned off the coast.').subject).toBe('At least nine migrants');
    expect(read('At the harbour, three men drowned.').subject).toBe('three men');
  });

  it('reads the verb after "more than" in a headline, the word before it a noun ("studio behind football hit more than trebles profits")', () => {
    expect(read('Kelton games studio behind football hit more than trebles profits', true).verb).toBe('trebles');
    expect(read('Kelton bakery chain profit more than doubles', true).verb).toBe('doubles');
  });

  it('reads a bare form between a place named after "in" and an -ing noun ending the headline as a compound, no verb ("in Kelton bar shooting")', () => {
    expect(read('Three dead, including gunman, in Kelton bar shooting', true).verb).toBeNull();
    // (A verb that goes on past itself stays one: "Protesters in Kelton clash with police".)
    expect(read('Protesters in Kelton clash with police', true).verb).toBe('clash');
  });

  it('reads a bare form that a noun and a headline\'s future "to" follow as a noun ("KPL fuel charge to rise in January")', () => {
    expect(read('KPL fuel charge to rise in January', true).verb).not.toBe('fuel');
    // (Right before "to" a bare form is a verb: "Kelton refuse to rule out move".)
    expect(read('Kelton refuse to rule out move', true).verb).toBe('refuse');
  });

  it('reads a bare verb after two bare nouns joined in a clause of their own ("after car and bus collide")', () => {
    expect(read('Two dead after car and bus collide at Kelton', true).verb).toBe('collide');
    expect(read('Two dead as tanker and ferry collide near Kelton', true).verb).toBe('collide');
  });

  it("reads a capitalised word after another in a sentence-case headline as a name's, not a verb (\"Glenmore United\")", () => {
    const c = read('Forth Athletic 3-1 Glenmore United: Kerr double sends hosts into cup quarter-finals', true);
    expect(c.verb).toBe('sends');
    // (In Title Case every word is capitalised: the word list still finds the verb.)
    expect(read('Kelton Council Approves New Budget For Schools', true).verb).toBe('Approves');
  });

  it('reads a predicate of one or two words on through its first phrase, and a longer one not', () => {
    // (Cut at five words: the tagger's nouns, absent here, would finish the noun phrase.)
    expect(read('A fire broke out at a logistics warehouse under construction.').predicate).toBe('broke out at a logistics');
    expect(read('The roof caved in during a physical education class.').predicate).toBe('caved in during a physical');
    expect(read('The council approved the new budget for schools in March.').predicate).toBe('approved the new budget');
    // A headline's is read by its own rules.
    expect(read('Hunt ban support is high in the polls', true).predicate).toBe('is high');
  });

  it('ends the verb group at a full verb: the verb-like word after it is its object', () => {
    // "delay" and "protest" are on the verb list, but after "blames"/"stages" they are nouns.
    expect(read('Mayor blames delay on council', true).verb).toBe('blames');
    expect(read('Singer stages protest outside city hall', true).verb).toBe('stages');
  });

  it('in a title, reads a headline verb by its inflected form where its bare form is a noun or a preposition', () => {
    expect(read('Media group eyes video games market', true)).toMatchObject({ subject: 'Media group', verb: 'eyes' });
    expect(read('Portmere nears record jobless level', true)).toMatchObject({ subject: 'Portmere', verb: 'nears' });
    expect(read('Minister hints at early election', true).verb).toBe('hints');
    // The bare forms stay what they most often are in a headline.
    expect(read('Blast near harbour kills two', true).verb).toBe('kills');
    expect(read('Weekend eye clinic opens in Dunmore', true).verb).toBe('opens');
    // Right after a plural subject, before the title's end, the bare form is the verb.
    expect(read('Dunmore markets signal steady recovery', true)).toMatchObject({ subject: 'Dunmore markets', verb: 'signal' });
    expect(read('Portmere house prices dip in March', true)).toMatchObject({ subject: 'Portmere house prices', verb: 'dip', predicate: 'dip in March' });
    expect(read('Markets steady as traders eye', true).verb).not.toBe('eye');
  });

  it("in a title whose verb the word list lacks, takes the tagger's headline present (VBZ), not its other verb tags", () => {
    const tagged = (text: string, tags: string[], title = true) => {
      const tokens = tokenize(text).map((t, i) => ({ ...t, pos: tags[i] }));
      const c = readClause(tokens, 0, tokens.length, { ...opts, title });
      const span = (r: readonly [number, number] | null) => (r ? text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end) : null);
      return { subject: span(c.subject), verb: span(c.verb), predicate: span(c.predicate) };
    };
    expect(tagged('US composer recreates Bach score', ['NNP', 'NN', 'VBZ', 'NNP', 'NN'])).toMatchObject({ subject: 'US composer', verb: 'recreates', predicate: 'recreates Bach score' });
    // A noun the tagger calls a verb ("win", "find"), a plural before its possessive mark, a verb
    // after a preposition's noun: the noun headline stays whole.
    expect(tagged('Moya emotional after Davis Cup win', ['NNP', 'JJ', 'IN', 'NNP', 'NNP', 'VB']).verb).toBeNull();
    expect(tagged("WorldCom bosses' $54m payout", ['NNP', 'VBZ', 'POS', '$', 'CD', 'NN']).verb).toBeNull();
    expect(tagged("'Hitler' row over Welsh arts cash", ["''", 'NNP', "''", 'NN', 'IN', 'NNP', 'VBZ', 'NN']).verb).toBeNull();
  });

  it("in a title whose word list knows only an infinitive's verb, takes the headline's own verb before the 'to'", () => {
    const tagged = (text: string, tags: string[]) => {
      const tokens = tokenize(text).map((t, i) => ({ ...t, pos: tags[i] }));
      const c = readClause(tokens, 0, tokens.length, { ...opts, title: true });
      const span = (r: readonly [number, number] | null) => (r ? text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end) : null);
      return { subject: span(c.subject), verb: span(c.verb), predicate: span(c.predicate) };
    };
    // "cut" and "fuel" are on the verb list, "rues" is not: the tagger's present in -s is the verb.
    expect(tagged('Walsh rues failure to cut gap', ['NNP', 'VBZ', 'NN', 'TO', 'VB', 'NN'])).toEqual({ subject: 'Walsh', verb: 'rues', predicate: 'rues failure to cut gap' });
    // A listed verb's -ing form, its auxiliary dropped.
    expect(tagged('Council aiming to fuel growth', ['NNP', 'VBG', 'TO', 'VB', 'NN'])).toMatchObject({ subject: 'Council', verb: 'aiming' });
    // "X to Y" has no verb of its own before the infinitive: it stays a future.
    expect(tagged('Hyundai to build new plant', ['NNP', 'TO', 'VB', 'JJ', 'NN']).verb).toBe('build');
  });

  it('in a title, reads a bare form after a lone adjective as the noun it modifies ("Further rise in ...")', () => {
    const tagged = (text: string, tags: string[]) => {
      const tokens = tokenize(text).map((t, i) => ({ ...t, pos: tags[i] }));
      const c = readClause(tokens, 0, tokens.length, { ...opts, title: true });
      const span = (r: readonly [number, number] | null) => (r ? text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end) : null);
      return { subject: span(c.subject), verb: span(c.verb), predicate: span(c.predicate) };
    };
    // No verb after it: a noun headline, read whole.
    expect(tagged('Further rise in Dunmore jobless total', ['JJ', 'NN', 'IN', 'NNP', 'JJ', 'NN'])).toEqual({ subject: null, verb: null, predicate: 'Further rise in Dunmore jobless total' });
    // A verb after it, before any preposition: the verb of the noun phrase the adjective opens.
    expect(tagged('High fuel prices hit Portmere airline', ['JJ', 'NN', 'NNS', 'VBD', 'NNP', 'NN'])).toMatchObject({ subject: 'High fuel prices', verb: 'hit' });
    // Past a preposition a verb-like word is a noun of that phrase.
    expect(tagged('Global release for Japan hit film', ['JJ', 'NN', 'IN', 'NNP', 'NN', 'NN']).verb).toBeNull();
    // A name the tagger calls an adjective (not a word of the dictionary) stays the subject.
    expect(tagged('Okonjo cut from squad', ['JJ', 'NN', 'IN', 'NN'])).toMatchObject({ subject: 'Okonjo', verb: 'cut' });
  });

  it('ends a headline before the source of a relative clause without "that" ("blast prosecutors say was deliberate")', () => {
    expect(read('Three residents killed in blast prosecutors say was deliberate', true).predicate).toBe('killed in blast');
    // The source after the news, with no clause after "says", is cut at "says" alone.
    expect(read('House prices rebound says Halifax', true).predicate).toBe('rebound');
  });

  it('reads a present in -s after a possessive mark as the verb before its object, and ends before a dash', () => {
    expect(read("Fury as Harwood's turns its Caramel Rounds SQUARE - and cuts two biscuits from every pack", true)).toMatchObject({ verb: 'turns', predicate: 'turns its Caramel Rounds SQUARE' });
    // A possessive's noun stays a noun: "Harwood's turns" with no object after it is no verb.
    expect(read("Harwood's turns at the plant end", true).verb).not.toBe('turns');
  });

  it('reads a bare form after a joined subject as the verb ("X and their Y die", "Tzur, Cypriot president agree")', () => {
    expect(read('Two children and their grandmother die in house fire', true)).toMatchObject({ subject: 'Two children and their grandmother', verb: 'die' });
    expect(read('Tzur, Cypriot president agree on joint firefighting fleet', true)).toMatchObject({ subject: 'Tzur, Cypriot president', verb: 'agree', predicate: 'agree on joint firefighting fleet' });
    expect(read('Kelton, Dunmore sign 12 agreements as leaders meet', true)).toMatchObject({ subject: 'Kelton, Dunmore', verb: 'sign' });
    // Before an -s form the comma sets off what comes first ("Kelton, the capital, says ..." is no pair).
    expect(read('Harlow, Kelton mayor, says talks will go on', true).subject).toBe('Harlow');
  });

  it('knows the news verbs added in session 20 ("to merge", "laud", "sidelines")', () => {
    expect(read('Kelton and Harlow to merge in $3.4 billion deal', true)).toMatchObject({ subject: 'Kelton and Harlow', predicate: 'to merge in $3.4 billion deal' });
    expect(read('Injury sidelines Marchetti', true).verb).toBe('sidelines');
  });

  it('knows the incident verbs added in session 24 ("rips through", "rob", "engulfs")', () => {
    expect(read('Huge fire rips through Kelton mill as firefighters battle blaze', true).verb).toBe('rips');
    expect(read('Masked men rob exchange firm in Kelton', true).subject).toBe('Masked men');
    expect(read('Flames engulf Kelton warehouse', true).verb).toBe('engulf');
    expect(read('Car rams into crowd at Kelton market', true).verb).toBe('rams');
  });
  it('reads a bare form after a prepositional phrase as a verb only when the head before it is plural', () => {
    // "toll" is singular: "blast" is its phrase's noun, and "rises" the verb.
    expect(read('Death toll in methane blast at Kelton coal mine rises to five', true)).toMatchObject({ subject: 'Death toll in methane blast at Kelton coal mine', verb: 'rises' });
    expect(read('Protesters in capital clash with police', true).verb).toBe('clash');
  });

  it("reads past a reduced relative with its agent to the headline's own verb", () => {
    const c = read('Skull found by dog walker on Dorset beach is new species of sea reptile', true);
    expect(c.verb).toBe('is');
    expect(c.predicate).toMatch(/^is new species of sea/);
    // With no "is" after it, the participle stays the verb: "Skull found by dog walker on beach".
    expect(read('Skull found by dog walker on Dorset beach', true).verb).toBe('found');
  });

  it("reads a headline's question with its subject after the auxiliary", () => {
    expect(read('Why is a Harlow investor betting £1bn on Dunmore solar?', true)).toMatchObject({ subject: 'a Harlow investor', verb: 'betting', predicate: 'betting £1bn on Dunmore solar' });
    expect(read('Why are Kelton commuter trains not running this week?', true)).toMatchObject({ subject: 'Kelton commuter trains', predicate: 'not running this week' });
    // A question with no auxiliary after its question word is read as any headline.
    expect(read('What now for Kelly Marsh?', true).subject).not.toBe('Kelly Marsh');
  });

  it('gives a manner adverb before the verb to the predicate, not the subject', () => {
    expect(read('Reade narrowly avoids crash at Brands Hatch', true)).toMatchObject({ subject: 'Reade', predicate: 'narrowly avoids crash at Brands Hatch' });
    // Words in -ly that are no manner adverbs stay where they are.
    expect(read('Reade only avoids crash at Brands Hatch', true).predicate).toBe('avoids crash at Brands Hatch');
  });

  it('in a title, ends the predicate before an "as" that opens a clause of its own, unless the verb is a toll', () => {
    expect(read('Reade narrowly avoids crash as rain lashes Brands Hatch', true).predicate).toBe('narrowly avoids crash');
    expect(read('House prices drop as sales slow', true).predicate).toBe('drop');
    // After a toll the "as" clause is the event, and the headline reads on.
    expect(read('14 pilgrims killed as bus plunges', true).predicate).toMatch(/^killed as bus/);
    expect(read('Six people die as cylinder explodes', true).predicate).toBe('die as cylinder explodes');
    // No verb of its own after it: "as" is a preposition.
    expect(read('Mayor stays as chairman of council', true).predicate).toBe('stays as chairman of council');
  });

  it('in a title, reads a tagged plural before a bare verb as the subject\'s head ("Flash floods | kill nine")', () => {
    const tagged = (text: string, tags: string[]) => {
      const tokens = tokenize(text).map((t, i) => ({ ...t, pos: tags[i] }));
      const c = readClause(tokens, 0, tokens.length, { maxWhat: 8, maxStops: 2, title: true });
      const span = (r: readonly [number, number] | null) => (r ? text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end) : null);
      return { subject: span(c.subject), verb: span(c.verb) };
    };
    expect(tagged('Flash floods kill nine in Oman', ['JJ', 'NNS', 'VBP', 'CD', 'IN', 'NNP'])).toEqual({ subject: 'Flash floods', verb: 'kill' });
    expect(tagged('Asia shares defy post-quake gloom', ['NNP', 'NNS', 'VBP', 'JJ', 'NN'])).toEqual({ subject: 'Asia shares', verb: 'defy' });
    expect(tagged('Union calls strike', ['NN', 'VBZ', 'NN']).verb).toBe('calls');
    expect(tagged('Producers scoops stage awards', ['NNS', 'NNS', 'VBP', 'NNS']).verb).toBe('scoops');
  });

  it("in a title, reads a noun after a possessive's mark on in the predicate, though the word list knows it as a verb", () => {
    const tokens = tokenize("Buyers snap up Jet Airways' shares").map((t, i) => ({ ...t, pos: ['NNS', 'VBP', 'RP', 'NNP', 'NNPS', 'POS', 'NNS'][i] }));
    const c = readClause(tokens, 0, tokens.length, { maxWhat: 8, maxStops: 2, title: true });
    expect(c.predicate && tokens[c.predicate[1] - 1]!.text).toBe('shares');
  });

  it('in a title, reads an infinitive after the object into the predicate ("sign deal to share river water")', () => {
    expect(read('Neighbours sign deal to share river water', true).predicate).toBe('sign deal to share river');
    expect(read('Club decides not to punish manager', true).predicate).toBe('decides not to punish manager');
  });

  it('in a title, takes no verb from an inflected form after a preposition, nor the news\' source into its predicate', () => {
    expect(read('Councillors reject rethink on axed depot', true)).toMatchObject({ subject: 'Councillors', verb: 'reject', predicate: 'reject rethink on axed depot' });
    expect(read('House prices rebound says Halifax', true)).toMatchObject({ verb: 'rebound', predicate: 'rebound' });
  });

  it('keeps auxiliaries and the verb they carry together', () => {
    expect(read('The minister has been accused of lying', true).verb).toBe('has been accused');
    expect(read('Three climbers were rescued on Sunday', true).verb).toBe('were rescued');
  });

  it('in a title, goes on through a word the tagger calls a noun after a noun, though the verb list has it', () => {
    const title = (text: string, tags: string[]) => {
      const tokens = tokenize(text).map((t, i) => ({ ...t, pos: tags[i] }));
      const c = readClause(tokens, 0, tokens.length, { ...opts, title: true });
      return text.slice(tokens[c.predicate![0]]!.start, tokens[c.predicate![1] - 1]!.end);
    };
    // "bid" and "control" are verbs on the list; tagged as nouns after a noun they finish the phrase.
    expect(title('Euronext poised to make LSE bid', ['NNP', 'VBN', 'TO', 'VB', 'NNP', 'NN'])).toBe('poised to make LSE bid');
    expect(title('Air Jamaica back in state control', ['NNP', 'NNP', 'RB', 'IN', 'NN', 'NN'])).toBe('back in state control');
    // Tagged as a verb, it still starts another clause (but for the title's last word, see below);
    // so does an inflected verb after a noun, but for the verb of an "as" clause after a toll,
    // which tells the event.
    expect(title('Euronext poised to make LSE bid soon', ['NNP', 'VBN', 'TO', 'VB', 'NNP', 'VBP', 'RB'])).toBe('poised to make LSE');
    expect(title('Seven killed as tram derails', ['CD', 'VBN', 'IN', 'NN', 'VBZ'])).toBe('killed as tram derails');
  });

  it('reads a short noun headline whole, its last word a noun after a preposition and names', () => {
    expect(read('Harbourco in Dunmore link talks', true)).toMatchObject({ verb: null, predicate: 'Harbourco in Dunmore link talks' });
    expect(read('Warning over Portmere pensions deficit', true)).toMatchObject({ verb: null, predicate: 'Warning over Portmere pensions deficit' });
    // No finite verb after a preposition: "awards" here is no verb, so the headline is a noun phrase.
    expect(read('Dunmore band in talks over new tour', true)).toMatchObject({ verb: null, predicate: 'Dunmore band in talks over new tour' });
    expect(read('Soul singer ready for awards', true)).toMatchObject({ verb: null, predicate: 'Soul singer ready for awards' });
    // Not in a sentence of the body, which reads on to its first adverbial.
    expect(read('Harbourco in Dunmore link talks').predicate).not.toBe('Harbourco in Dunmore link talks');
  });

  it('reads a bare form that ends the clause as a noun, unless a plural comes before it', () => {
    expect(read('Mixed reaction to Dunmore offer', true).verb).toBeNull();
    expect(read('Portmere council wins writers award', true).predicate).toBe('wins writers award');
    expect(read('Dunmore house prices soar', true)).toMatchObject({ subject: 'Dunmore house prices', verb: 'soar' });
    // After a plural subject, a plural that ends the clause is the object of the bare verb before it;
    // after a singular the bare form modifies that plural.
    expect(read('Portmere players win Dunmore awards', true)).toMatchObject({ subject: 'Portmere players', verb: 'win', predicate: 'win Dunmore awards' });
    expect(read('Stalemate in pension strike talks', true).verb).toBeNull();
    expect(read('Henman & Murray claim Dunmore awards', true)).toMatchObject({ verb: 'claim', predicate: 'claim Dunmore awards' });
    expect(read('Tories outlining policing plans', true).verb).toBe('outlining');
    // An -ed form before a noun modifies it; the bare verb before it stands.
    expect(read('Councillors hear renewed climate warning', true).verb).toBe('hear');
    // The next sentence's words are no part of the clause: read up to `to` only.
    const text = 'Dunmore bid. Talks were held on Monday.';
    const tokens = tokenize(text);
    const c = readClause(tokens, 0, 2, { ...opts, title: true });
    expect(c.verb).toBeNull();
  });

  it('in a title, finishes by the tagger\'s nouns a noun phrase the length cap cut', () => {
    const text = "Hague 'given up' his PM ambition";
    const tags = ['NNP', 'POS', 'VBN', 'RP', "''", 'PRP$', 'NNP', 'NN'];
    const tokens = tokenize(text).map((t, i) => ({ ...t, pos: tags[i] }));
    const c = readClause(tokens, 0, tokens.length, { ...opts, title: true });
    expect(text.slice(tokens[c.predicate![0]]!.start, tokens[c.predicate![1] - 1]!.end)).toBe("'given up' his PM ambition");
  });

  it('reads a quotation right after the verb whole, stop words and all', () => {
    expect(read("Hunt ban support is 'in decline'", true).predicate).toBe("is 'in decline'");
    expect(read('The German music business is "in the state of a zombie" because of piracy').predicate).toBe('is "in the state of a zombie"');
    // Not quoted, a stop word after the first ends it as before.
    expect(read('Hunt ban support is high in the polls', true).predicate).toBe('is high');
  });

  it('in a title, reads the modals before the verb as its group, with a quotation opened before them', () => {
    expect(read('CSA could close', true)).toMatchObject({ subject: 'CSA', verb: 'could close', predicate: 'could close' });
    expect(read("CSA 'could close'", true)).toMatchObject({ subject: 'CSA', verb: 'could close', predicate: "'could close'" });
    expect(read("Greek sprinters 'won't run again'", true)).toMatchObject({ subject: 'Greek sprinters', predicate: "'won't run again'" });
    // An infinitive's "to" is no modal: "set to" and "to" before a quotation read as before.
    expect(read("Pop band Busted to 'take a break'", true).predicate).toBe("to 'take a break'");
    expect(read('Portable PlayStation ready to go', true).predicate).toBe('ready to go');
  });

  it('reads a title that opens with a quotation after it, or from the start when no verb follows it', () => {
    expect(read("'I BLAME COMEY' Clinton blames FBI chief", true)).toMatchObject({ subject: 'Clinton', predicate: 'blames FBI chief' });
    expect(read("'Blog' picked as word of the year", true).predicate).toMatch(/^picked as word/);
  });

  it('keeps the closing bracket of an abbreviation in the subject', () => {
    expect(read('General Motors (GM) is to cut jobs in Europe').subject).toBe('General Motors (GM)');
    expect(read('The firm (which makes cars) said so.').subject).not.toMatch(/\($/);
  });

  it('never ends inside a quotation: finishes it within a few words, else ends before it', () => {
    expect(read("Mobiles 'not media players yet'", true).predicate).toBe("Mobiles 'not media players yet'");
    expect(read("Fannie Mae 'should restate its books'", true).predicate).toBe("'should restate its books'");
    // A modal takes a verb, listed or not ("tolerate" is not on the list).
    expect(read("Abbas 'will not tolerate' attacks", true)).toMatchObject({ subject: 'Abbas', verb: 'will not tolerate', predicate: "'will not tolerate' attacks" });
    const long = read("Council plan 'will see the old town hall sold to a hotel chain'", true);
    expect(long.verb).toBe('plan');
    expect(long.predicate).toBe('plan');
  });

  it('in a title, takes no verb from the last word of a prepositional phrase of lower-case words', () => {
    expect(read('Russian ex-spy on hunger strike', true).verb).toBeNull();
    expect(read('India and Russia in energy talks', true).verb).toBeNull();
    // After a name the word may well be the verb; not the last word, it is read as before.
    expect(read('Crime in London falls', true).verb).toBe('falls');
    expect(read('Protesters in capital clash with police', true).verb).not.toBeNull();
  });

  it('reads the predicate on past the object as before', () => {
    expect(read('Singer stages protest outside city hall', true).predicate).toBe('stages protest outside city hall');
  });
  it('does not end the predicate on "for" when the length cap falls after it', () => {
    expect(read('Mayor blames one council letter for the delay', true).predicate).toBe('blames one council letter');
  });
  it('reads the subject after a fronted phrase with no comma from the chunker\'s noun phrases', () => {
    const text = 'On the Asian tsunami he said the world must act';
    const chunks = ['B-PP', 'B-NP', 'I-NP', 'I-NP', 'B-NP', 'B-VP', 'B-NP', 'I-NP', 'B-VP', 'I-VP'];
    const tags = ['IN', 'DT', 'JJ', 'NN', 'PRP', 'VBD', 'DT', 'NN', 'MD', 'VB'];
    const tokens = tokenize(text).map((t, i) => ({ ...t, pos: tags[i], chunk: chunks[i] }));
    const c = readClause(tokens, 0, tokens.length, opts);
    expect(text.slice(tokens[c.subject![0]]!.start, tokens[c.subject![1] - 1]!.end)).toBe('he');
    // "At least three people": a count, not a fronted phrase.
    const count = 'At least three people died';
    const counted = tokenize(count).map((t, i) => ({ ...t, pos: ['IN', 'JJS', 'CD', 'NNS', 'VBD'][i], chunk: ['B-NP', 'I-NP', 'I-NP', 'I-NP', 'B-VP'][i] }));
    const d = readClause(counted, 0, counted.length, opts);
    expect(count.slice(counted[d.subject![0]]!.start, counted[d.subject![1] - 1]!.end)).toBe('At least three people');
  });

  it('finishes a noun phrase the length cap cuts, by up to two tagged nouns', () => {
    const tagged = (text: string, tags: string[]) => {
      const tokens = tokenize(text).map((t, i) => ({ ...t, pos: tags[i] }));
      const c = readClause(tokens, 0, tokens.length, opts);
      return text.slice(tokens[c.predicate![0]]!.start, tokens[c.predicate![1] - 1]!.end);
    };
    expect(tagged('Federer had to save two match points in the final', ['NNP', 'VBD', 'TO', 'VB', 'CD', 'NN', 'NNS', 'IN', 'DT', 'NN']))
      .toBe('had to save two match points');
    // A gerund after a preposition takes its object.
    expect(tagged('Singer was arrested for violating his parole on Saturday', ['NN', 'VBD', 'VBN', 'IN', 'VBG', 'PRP$', 'NN', 'IN', 'NNP']))
      .toBe('was arrested for violating his parole');
    // A bare verb or a particle takes its object, of up to three words.
    expect(tagged('Taxpayers may have to bail out the US agency that protects pensions', ['NNS', 'MD', 'VB', 'TO', 'VB', 'RP', 'DT', 'NNP', 'NN', 'WDT', 'VBZ', 'NNS']))
      .toBe('may have to bail out the US agency');
    // A noun phrase that would need more than two words stays cut where it was.
    expect(tagged('Firm wins big new city council road repair contract', ['NNP', 'VBZ', 'JJ', 'JJ', 'NN', 'NN', 'NN', 'NN', 'NN']))
      .toBe('wins big new city council');
  });
  it('ends the predicate before a subordinator right after the verb, but not before "as"', () => {
    expect(read('Fans outraged after gap between peaks is widened', true).predicate).toBe('outraged');
    expect(read('Mayor resigns because of the scandal', true).predicate).toBe('resigns');
    expect(read('Mayor quits the council after the vote', true).predicate).toBe('quits the council');
    expect(read('Mayor stands as independent candidate', true).predicate).toBe('stands as independent candidate');
  });
  it('keeps a list of names as the whole subject, and still cuts an apposition', () => {
    expect(read('Anna Berg, Tomas Lind and Eva Holm win the relay').subject).toBe('Anna Berg, Tomas Lind and Eva Holm');
    expect(read('Anna Berg, the team captain, won the relay').subject).toBe('Anna Berg');
  });

  it('ends a headline\'s subject before an infinitive\'s "to" and a future marker ("Saab to cut", "Bank set to raise")', () => {
    expect(read('Saab to cut 2,000 jobs in Sweden', true).subject).toBe('Saab');
    expect(read('Central bank set to raise rates', true).subject).toBe('Central bank');
    expect(read('Singer Ana Lind to sell her Lisbon home', true).subject).toBe('Singer Ana Lind');
  });

  it('starts a headline\'s predicate at its "to", so the event reads as the future it is ("Straw to attend ...")', () => {
    expect(read('Straw to attend Auschwitz service', true).predicate).toBe('to attend Auschwitz service');
    expect(read('Central bank set to raise rates', true).predicate).toBe('set to raise rates');
    expect(read('Saab cuts 2,000 jobs', true).predicate).toBe('cuts 2,000 jobs');
  });
});

describe('event clause reading with the tagger\'s tags', () => {
  /** Reads a sentence whose tokens carry the tags given, one per token. */
  const readTagged = (text: string, tags: string) => {
    const tokens = tokenize(text).map((t, i) => ({ ...t, pos: tags.split(' ')[i] }));
    const c = readClause(tokens, 0, tokens.length, opts);
    const span = (r: readonly [number, number] | null) => (r ? text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end) : null);
    return { subject: span(c.subject), verb: span(c.verb) };
  };

  it("reads an intransitive verb's participle tag after a noun as the clause's past ('Three people drowned/VBN while ...')", () => {
    expect(readTagged('Three people drowned while two others are missing', 'CD NNS VBN IN CD NNS VBP JJ').verb).toBe('drowned');
    // A verb that takes an object may open a reduced relative: "Three people injured while crossing were ...".
    expect(readTagged('Three people injured while crossing were taken to hospital', 'CD NNS VBN IN VBG VBD VBN TO NN').verb).toBe('were taken');
  });

  it('reads a past tense the tagger called a participle after "on" and a date, before its object', () => {
    // (A later word the tagger calls a past tense, "meant", is not taken for the verb then.)
    expect(readTagged('The court on April 22 sentenced Tom Baker to eight years for taking money meant for schools .', 'DT NN IN NNP CD VBN NNP NNP TO CD NNS IN VBG NN VBD IN NNS .'))
      .toMatchObject({ verb: 'sentenced' });
  });

  it('leaves a participle with no object after a date a participle', () => {
    expect(readTagged('The deal agreed on April 22 was signed by both sides .', 'DT NN VBN IN NNP CD VBD VBN IN DT NNS .').verb).toBe('was signed');
  });
});

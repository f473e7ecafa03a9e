import { describe, expect, it } from 'vitest';
import { applyRepairs } from './edits.js';
import { gluedWordRepairs } from './glued-words.js';
import { gluedCapitalRepairs } from './glued-capital.js';

const fix = (s: string) => applyRepairs(s, [...gluedWordRepairs(s), ...gluedCapitalRepairs(s)]).text;

describe('glued words', () => {
  it.each([
    ['Turkish security forcesaround the gallery', 'Turkish security forces around the gallery'],
    ["Russia's state-runnews agency said", "Russia's state-run news agency said"],
    ['markets acrossthe region', 'markets across the region'],
    ['the first ofthe talks', 'the first of the talks'],
    ['a University ofTexas student', 'a University of Texas student'],
    ['returned atLabour conference', 'returned at Labour conference'],
  ])('splits %j', (input, output) => expect(fix(input)).toBe(output));

  it.each([
    'The talks in Hamburg and Barcelona ended.',
    'The carmaker reported a hardline stance on the eurozone.',
    'Sales of the iPhone, iPod and PlayStation rose; eBay fell.',
    'Mail press@example-news.com or see www.example.com/forcesaround today.',
    'Trending: #forcesaround and @runnews posted it.',
    'Call parse_runnews(x) or obj.forcesaround in the script.',
    'a workaround, a takeover and a walkout',
    'ultra-wideband radios',
  ])('leaves %j alone', (input) => expect(fix(input)).toBe(input));

  it('leaves a glued-looking word the article itself uses more than once', () => {
    const text = 'The newsrun began. Every newsrun ends at noon.';
    expect(fix(text)).toBe(text);
  });

  it('repairs by inserting a space, so both words keep their own offsets', () => {
    const text = 'forcesaround';
    const r = applyRepairs(text, gluedWordRepairs(text));
    expect(r.edits).toEqual([{ kind: 'glued-words', original: { start: 6, end: 6, text: '' }, replacement: ' ' }]);
    expect(r.map.spanToOriginal({ start: 7, end: 13 })).toEqual({ start: 6, end: 12 });
  });
});

describe('glued words in other languages', () => {
  it('leaves German and Italian text alone: the word list is English', () => {
    const de = 'Ob sich das neue Verfahren am Markt durchsetzt, bleibt offen. Die Auswahl der richtigen Lösung ist für viele Firmen schwer, sagen die Fachleute. Noch gibt es keinen Standard, und die Preise sind hoch.';
    const it_ = 'La leggenda del Grande Tempio, datato 2014, resta il capitolo più amato della serie. Le uniche speranze dei fan sono legate a un nuovo film, ma la casa di produzione non ha detto nulla.';
    expect(fix(de)).toBe(de);
    expect(fix(it_)).toBe(it_);
  });
  it('leaves a compound ending in a two-letter word alone', () => {
    expect(fix('The firm is a smallsat maker.')).toBe('The firm is a smallsat maker.');
  });
});

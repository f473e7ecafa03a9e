import { describe, expect, it } from 'vitest';
import { applyRepairs } from './edits.js';
import { bylineLines, bylineRepairs } from './byline.js';
import { splitLines } from './lines.js';

const fix = (s: string) => applyRepairs(s, bylineRepairs(splitLines(s))).text;

describe('bylineRepairs', () => {
  it('takes off a byline glued to the first sentence', () => {
    expect(fix('By Staff ReporterA car bomb exploded on Saturday.')).toBe('A car bomb exploded on Saturday.');
    expect(fix('By Jane SmithThe gunman fled.')).toBe('The gunman fled.');
  });
  it('puts a space after a dateline glued to the first sentence', () => {
    expect(fix('ANKARA (Reuters) -The gunman fled.')).toBe('ANKARA (Reuters) - The gunman fled.');
    expect(fix('LONDON —Police said.')).toBe('LONDON — Police said.');
  });
  it('leaves a byline on its own, names with inner capitals, and later lines alone', () => {
    for (const s of ['By Jane Smith\nThe gunman fled.', 'By Ronald McDonald said hello.', 'First line.\nSecond.\nThird.\nBy Staff ReporterA car.']) {
      expect(fix(s)).toBe(s);
    }
  });
});

describe('bylineRepairs after a title and lead', () => {
  it('looks at the first line of each section', () => {
    const text = 'Blast at the harbour\n\nFour people were killed.\nTwelve were hurt.\n\nBy Staff ReporterA car bomb exploded.';
    const lines = splitLines(text);
    const body = text.indexOf('By Staff');
    const out = applyRepairs(text, bylineRepairs(lines, [text.indexOf('Four'), body])).text;
    expect(out).toBe('Blast at the harbour\n\nFour people were killed.\nTwelve were hurt.\n\nA car bomb exploded.');
    // Without the section starts the body's first line is past the opening lines.
    expect(applyRepairs(text, bylineRepairs(lines)).text).toBe(text);
  });
});

describe('bylineLines', () => {
  const bylines = (s: string) => bylineLines(splitLines(s), () => false).map((i) => splitLines(s)[i]!.text);
  it('finds a byline on its own line among the opening lines', () => {
    for (const b of ['By Priya Raman', 'By Mette Lindqvist and Jonas Berg', 'By Nadia Ortiz, Ben Kessler and Hollie Dwyer, CNN', 'By Kyle Brandt | Fox News', 'By Sani Garba, Gusau', 'Our Correspondent, Chandpur', 'By Lotte van Dijk', 'By Bea Concepcion-Ramos', 'by Olena Petrenko', 'By Kim Da-sol (dskim@example.com)', 'By Tico Times | Nov 3, 2026', 'By Lin Hsiao-yun / Staff reporter', 'By Marcy Holloway - The Washington Times - Wednesday, January 14, 2026', 'Author: Olena Marchuk', 'Written by Tomas Varga and Ines Roth', 'BY KEISHA LAWRENCE', 'By Hoang Vu October 29, 2026 | 04:12 pm GMT+7', "By Kelton Daily staff, 02 December 2026 10:20", 'Author: Jonas Pell | Published: Wednesday, October 14, 2026', 'By Ana Ruiz | Posted: Mar 3, 2026', 'By Dana Fleming | June 16, 2026 | 0 Comments', 'By Félix Ndayisenga | 12/05/2026 | 2 comments']) {
      expect(bylines(`${b}\n\nTwelve people were killed on Sunday.`)).toEqual([b]);
    }
  });
  it('finds reporters named with no "By", a desk with its address and a section label', () => {
    for (const b of ['Omar Haddad', 'Fiona Lam and Kelvin Ho', 'Lin Chia-nan / Staff reporter', 'The Local (news@thelocal.se)', 'Business', 'Hong Kong / Society', 'World > Asia', 'Home » News » General News', 'Entertainment & Arts > Films', 'Narayanganj Correspondent', 'Observer writer', 'Social', 'Kwame Owusu-Ansah, Manso Nkwanta', 'Keisha Landry Milwaukee Journal Sentinel', 'Society']) {
      expect(bylines(`${b}\n\nTwelve people were killed on Sunday.`)).toEqual([b]);
    }
  });
  it('takes a country in capitals over a byline for the page\'s section, not a capitalised town or a country over the text', () => {
    expect(bylines('LEBANON\n\nBy Kelton Daily staff, 02 December 2026 10:20\n\nTwelve people were killed on Sunday.')).toEqual(['LEBANON', 'By Kelton Daily staff, 02 December 2026 10:20']);
    expect(bylines('SOUTH AFRICA\n\nBy Thandi Moyo\n\nTwelve people were killed on Sunday.')).toEqual(['SOUTH AFRICA', 'By Thandi Moyo']);
    expect(bylines('BALIKESIR\n\nBy Thandi Moyo\n\nTwelve people were killed on Sunday.')).toEqual(['By Thandi Moyo']);
    expect(bylines('LEBANON\n\nTwelve people were killed on Sunday.')).toEqual([]);
  });
  it('takes the outlet\'s name on the line under a byline, not one with no byline above it', () => {
    expect(bylines('Jolene Cruz\n\nHarbour Daily News\n\nTwelve people were killed on Sunday.')).toEqual(['Jolene Cruz', 'Harbour Daily News']);
    expect(bylines('By Jolene Cruz\n\nThe Kelton Evening Post\n\nTwelve people were killed on Sunday.')).toEqual(['By Jolene Cruz', 'The Kelton Evening Post']);
    expect(bylines('Harbour Daily News\n\nTwelve people were killed on Sunday.')).toEqual([]);
  });
  it('leaves venues, places and title-case subheads alone', () => {
    for (const s of ['Griffin Park', 'Headingley', 'Hong Kong', 'BALIKESIR', 'Police Hunt Gunman', 'Victoria Road', 'Griffin Park, Brentford', 'Hong Kong, China', 'Victoria Road, Leeds', 'Cole Brennan Wins At The Country Club']) {
      expect(bylines(`${s}\n\nTwelve people were killed on Sunday.`)).toEqual([]);
    }
  });
  it('looks past the page furniture above a byline ("Sport", "Boxing", a timestamp) for it, and reads joined labels', () => {
    const text = 'Sport\n\nBoxing\n\nThe Kelton fighter stopped the holder in the ninth round\n\nBy Ross Dunn, Sports Writer\n\nTwelve people were killed on Sunday.';
    expect(bylines(text)).toEqual(['Sport', 'Boxing', 'By Ross Dunn, Sports Writer']);
    // A line the other patterns removed (a timestamp, "Bookmark") takes no opening line either.
    const lines = splitLines('Bookmark\n\nSave\n\nA standfirst that tells the story in brief\n\nBy Ross Dunn, Reporter\n\nTwelve people were killed.');
    const furniture = new Map(lines.flatMap((l, i) => (l.text === 'Bookmark' || l.text === 'Save' ? [[i, 'boilerplate'] as const] : [])));
    expect(bylineLines(lines, () => false, furniture).map((i) => lines[i]!.text)).toEqual(['By Ross Dunn, Reporter']);
    expect(bylineLines(lines, () => false).map((i) => lines[i]!.text)).toEqual([]);
    expect(bylines('Companies & Markets\n\nTwelve people were killed on Sunday.')).toEqual(['Companies & Markets']);
    expect(bylines('Fish & Chips\n\nTwelve people were killed on Sunday.')).toEqual([]);
  });

  it('finds a line that repeats the headline\'s label ("Kelton" over "Kelton: Five dead ..."), not another place', () => {
    const text = 'Kelton\n\nFive people died after a fire broke out in a building on Tuesday night.';
    const lines = splitLines(text);
    expect(bylineLines(lines, () => false, new Map(), 'Kelton').map((i) => lines[i]!.text)).toEqual(['Kelton']);
    expect(bylineLines(lines, () => false, new Map(), 'Marrowby').map((i) => lines[i]!.text)).toEqual([]);
  });

  it('leaves sentences, lowercase words and later lines alone', () => {
    for (const s of ['By comparison, prices rose.\nMore.', 'By Monday the river had burst its banks', 'By then Police said nothing', 'Author: the police said the man fled', 'One.\nTwo.\nThree.\nBy Priya Raman']) {
      expect(bylines(s)).toEqual([]);
    }
  });
});

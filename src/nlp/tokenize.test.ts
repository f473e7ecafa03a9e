import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const words = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations, initials and decimals whole', () => {
    expect(words('Mr. J. Smith paid $3.50 in the U.S. on Jan. 5.')).toEqual([
      'Mr.', 'J.', 'Smith', 'paid', '$3.50', 'in', 'the', 'U.S.', 'on', 'Jan.', '5', '.',
    ]);
  });

  it('keeps a sum with its scale written on whole, but not a distance', () => {
    expect(words('Enron bosses in $168m payout; a £1.8bn deal, 2.5bn people and the 100m final')).toEqual([
      'Enron', 'bosses', 'in', '$168m', 'payout', ';', 'a', '£1.8bn', 'deal', ',', '2.5bn', 'people', 'and', 'the', '100', 'm', 'final',
    ]);
  });

  it('keeps a sum after a currency\'s letters or sign whole, not a name with a figure', () => {
    expect(words("Sinar Padu's RM1.35 billion bet, a Rs1.5 lakh fine, ₹2,500 crore and K5.2bn")).toEqual([
      'Sinar', 'Padu', "'s", 'RM1.35', 'billion', 'bet', ',', 'a', 'Rs1.5', 'lakh', 'fine', ',', '₹2,500', 'crore', 'and', 'K5.2bn',
    ]);
    expect(words('Schumacher won in F1. The G7 met.')).toEqual(['Schumacher', 'won', 'in', 'F1', '.', 'The', 'G7', 'met', '.']);
  });

  it('splits clitics the Penn Treebank way', () => {
    expect(words("Russia's envoy didn't say")).toEqual(['Russia', "'s", 'envoy', 'did', "n't", 'say']);
    expect(words('Russia’s')).toEqual(['Russia', '’s']);
  });

  it('keeps hyphenated words, ages and times whole', () => {
    expect(words('a 62-year-old off-duty officer at 10:30')).toEqual(['a', '62-year-old', 'off-duty', 'officer', 'at', '10:30']);
  });

  it('separates curly and straight quotes and ellipses', () => {
    expect(words('“We die here…” he said... "No"')).toEqual(['“', 'We', 'die', 'here', '…', '”', 'he', 'said', '...', '"', 'No', '"']);
  });

  it('keeps URLs and e-mail addresses whole without trailing punctuation', () => {
    expect(words('See https://example.com/a?b=1. Mail news@example.org.')).toEqual([
      'See', 'https://example.com/a?b=1', '.', 'Mail', 'news@example.org', '.',
    ]);
  });

  it('gives spans that index the text exactly', () => {
    const text = 'Ankara — the capital — said “no”.\nNext line';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('handles empty and space-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   \n ')).toEqual([]);
  });
});

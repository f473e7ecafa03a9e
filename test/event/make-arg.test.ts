import { describe, expect, it } from 'vitest';
import { makeArg } from '../../src/extract/event/context.js';

/** The Arg makeArg gives for the words `from` .. `to` (inclusive) of `text`, found by their first occurrence. */
function arg(text: string, from: string, to: string) {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  return makeArg(text, start, end, 1);
}

describe('event answers: makeArg', () => {
  it('trims spaces and stray punctuation at either end', () => {
    expect(arg('He said: , the plan failed; ', ': ', '; ').text).toBe('the plan failed');
  });

  it('keeps the closing mark of a quotation the answer opens, and the opening mark of one it closes', () => {
    const headline = "Minister decries 'career sexism' in the service";
    expect(arg(headline, 'decries', 'sexism').text).toBe("decries 'career sexism'");
    const curly = 'Firm is “lousy partner”, report says';
    expect(arg(curly, 'is', 'partner').text).toBe('is “lousy partner”');
    const closing = "BT 'to cut' 45,000 jobs";
    expect(arg(closing, 'to', 'jobs').text).toBe("'to cut' 45,000 jobs");
    // The span is the text's own characters.
    const a = arg(headline, 'decries', 'sexism');
    expect(headline.slice(a.start, a.end)).toBe(a.text);
  });

  it('leaves a balanced quotation and a plural possessive as they are', () => {
    expect(arg("Band wins 'best album' prize at show", 'wins', 'prize').text).toBe("wins 'best album' prize");
    expect(arg("Author wins critics' award tonight", 'wins', 'award').text).toBe("wins critics' award");
  });
});

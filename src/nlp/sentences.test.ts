import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';

const split = (text: string) => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end a sentence at titles, initials or decimals', () => {
    expect(split('Mr. Karlov met Dr. J. R. Smith at 3.30 pm. They spoke.')).toEqual([
      'Mr. Karlov met Dr. J. R. Smith at 3.30 pm.',
      'They spoke.',
    ]);
  });

  it("keeps an AP or CP dateline's state or province with its sentence (\"BARRIE, Ont. —\", \"RENO, Nev. (AP) —\")", () => {
    expect(split('BARRIE, Ont. — Two people are dead. Police said.')).toEqual(['BARRIE, Ont. — Two people are dead.', 'Police said.']);
    expect(split('RENO, Nev. (AP) — A fire broke out.')).toEqual(['RENO, Nev. (AP) — A fire broke out.']);
  });

  it('keeps an age in brackets after a name\'s initials in its sentence ("R.J.L. (51)")', () => {
    expect(split('The court sentenced R.J.L. (51) to 20 months for accepting bribes. He appealed.')).toEqual(['The court sentenced R.J.L. (51) to 20 months for accepting bribes.', 'He appealed.']);
  });

  it('ends a sentence after an abbreviation only before a sentence starter', () => {
    expect(split('He moved to the U.S. The next day he left.')).toEqual(['He moved to the U.S.', 'The next day he left.']);
    expect(split('The U.S. State Department spoke.')).toEqual(['The U.S. State Department spoke.']);
    expect(split('On Jan. 5 it rained.')).toEqual(['On Jan. 5 it rained.']);
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(split('He said: “We condemn this.” Kirby left. “Our thoughts are with him.”')).toEqual([
      'He said: “We condemn this.”',
      'Kirby left.',
      '“Our thoughts are with him.”',
    ]);
  });

  it('does not split before an attribution in lowercase', () => {
    expect(split('"Why?" he asked. Nobody answered.')).toEqual(['"Why?" he asked.', 'Nobody answered.']);
  });

  it('treats a line without a full stop as a headline', () => {
    expect(split('Russian envoy shot in Ankara\nThe ambassador died. Police said so.')).toEqual([
      'Russian envoy shot in Ankara',
      'The ambassador died.',
      'Police said so.',
    ]);
  });

  it('joins hard-wrapped lines that continue in lowercase', () => {
    expect(split('The minister said the talks\nwould resume on Monday.')).toEqual(['The minister said the talks\nwould resume on Monday.']);
  });

  it('splits at an ellipsis only before a capital', () => {
    expect(split('He paused... and went on. Then… Silence.')).toEqual(['He paused... and went on.', 'Then…', 'Silence.']);
  });
});

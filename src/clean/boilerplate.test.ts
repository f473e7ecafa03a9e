import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from './boilerplate.js';
import { splitLines } from './lines.js';

const line = (text: string) => splitLines(text)[0]!;

describe('isBoilerplateLine', () => {
  it.each([
    'Read more: Deadly blasts in the region this year',
    'READ MORE: China plague outbreak confirmed',
    'Share this article',
    'Advertisement',
    'Sign up to our newsletter for exclusive updates and enhanced content',
    'You may also like',
    'Related: Possible Water Plumes on Europa',
    'Follow us on Twitter',
    'Image copyright Getty Images',
    'Copyright © 2019 Press TV. All rights reserved.',
    'Click here to subscribe to The Paradigm Newsletter',
    'Loading content ...',
  ])('knows %j', (s) => expect(isBoilerplateLine(line(s))).toBe(true));

  it.each([
    'Share prices fell sharply on Monday after the announcement.',
    'Police said they would read more of the messages found on the phone.',
    'The advertisement was banned by the regulator.',
    'Subscribers to the service rose by 8%.',
    `Read more about it: ${'a long paragraph of text '.repeat(10)}`,
  ])('keeps article text %j', (s) => expect(isBoilerplateLine(line(s))).toBe(false));
});

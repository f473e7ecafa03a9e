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
    'Updated 4:52 PM CDT, July 5, 2026',
    'Updated 14 April 2026, 19:05 GST',
    'Published: Nov 12, 2026 08:14 GMT',
    'Last updated on Monday 3 March 2026',
    'Mon 29 Jun 2026 07.30 BST',
    'Wednesday 09 September 2026 06:12 BST',
    'Sunday, 3rd May 2026, 1:34 pm',
    'Monday 12 October 2026 08:30, UK',
    'Jakarta ● Sat, January 17, 2026',
    '9:41 a.m. ET, September 15, 2026',
    '21 August 2026',
    'Sept. 4, 2026',
    '18.9.2026 09:42',
    'Published : Nov. 3, 2026 - 15:20',
    'Mon Nov 03 2026 - 18:00',
    'November 3, 2026 | 6:40 PM',
    '3 November 2026 • 16:20',
    '2026-11-03 18:40',
    'Mar 08, 2026 - 10:41 am GMT+3',
    'Sat, Jun 20, 2026 page 2',
    'Oct 21,2026 - Last updated at Oct 21,2026',
    'Published: 09:14 GMT, 27 January 2026 | Updated: 11:02 GMT, 27 January 2026',
    'Published 5:02 a.m. ET Feb. 24, 2026 | Updated 9:40 a.m. ET Feb. 24, 2026',
    'Sept. 21, 2026 Updated 6:14 p.m. ET',
    'June 9, 2026 at 8:12 AM GMT+2',
    'By AP staff',
    'By Staff Reporter',
    'DAILY SABAH WITH AA',
    'Staff and agencies',
    'By Reuters staff and agencies',
  ])('knows %j', (s) => expect(isBoilerplateLine(line(s))).toBe(true));

  it.each([
    'Share prices fell sharply on Monday after the announcement.',
    'Police said they would read more of the messages found on the phone.',
    'The advertisement was banned by the regulator.',
    'Subscribers to the service rose by 8%.',
    `Read more about it: ${'a long paragraph of text '.repeat(10)}`,
    'Updated guidance was issued on 5 May 2026 by the ministry.',
    'Published figures show 12 people died in 2025.',
    'By the end of the day, rescuers had found 14 survivors.',
    'By Tuesday the toll had risen to seven, news agencies said.',
    '21 August 2026 was the day the rocket flew.',
    'On 21 August 2026',
    'May 2026',
    'She shared the story with AP reporters.',
    'The company merged with Reuters in 2008 and the AFP',
  ])('keeps article text %j', (s) => expect(isBoilerplateLine(line(s))).toBe(false));
});

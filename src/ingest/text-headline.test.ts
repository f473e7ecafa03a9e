import { describe, expect, it } from 'vitest';
import { assembleArticle } from './article.js';
import { parseArticleText } from './read-input.js';
import { splitHeadline } from './text-headline.js';

const STORY = 'A car bomb exploded near the fish market in the port city of Mersin on Saturday morning, killing at least four people and injuring 12 others, local officials said.';

describe('splitHeadline', () => {
  it("reads a headline behind a wire service's tag as one (\"(LEAD) ...\")", () => {
    const { title } = splitHeadline(`(LEAD) Car bomb kills four in Mersin\n\n${STORY}`);
    expect(title).toBe('(LEAD) Car bomb kills four in Mersin');
  });

  it('takes a short first line above the story as its headline', () => {
    const text = `Car bomb kills four in Mersin\n\n${STORY}\n\nThe blast struck shortly after 9am.`;
    const { title, body } = splitHeadline(text);
    expect(title).toBe('Car bomb kills four in Mersin');
    expect(body).toBe(`${STORY}\n\nThe blast struck shortly after 9am.`);
  });

  it('reads a headline on the line right above the story, a question, a teaser and a brand name', () => {
    expect(splitHeadline(`Car bomb kills four in Mersin\n${STORY}`).title).toBe('Car bomb kills four in Mersin');
    expect(splitHeadline(`Was the Mersin bomb a warning?\n\n${STORY}`).title).toBe('Was the Mersin bomb a warning?');
    expect(splitHeadline(`Rivals of the £400 phone...\n\n${STORY}`).title).toBe('Rivals of the £400 phone...');
    expect(splitHeadline(`iTunes now selling charity song\n\n${STORY}`).title).toBe('iTunes now selling charity song');
    expect(splitHeadline(`$1m payoff for former bank boss\n\n${STORY}`).title).toBe('$1m payoff for former bank boss');
  });

  it('leaves a first line that is a sentence, a byline, a dateline, furniture or a caption in the body', () => {
    const kept = [
      `${STORY}\n\nThe blast struck shortly after 9am.`,
      `By Staff Reporter\n\n${STORY}`,
      `MERSIN, Turkey (Reuters) -\n\n${STORY}`,
      `Home | World | Middle East\n\n${STORY}`,
      `Advertisement\n\n${STORY}`,
      `Updated 14 April 2026, 19:05 GST\n\n${STORY}`,
      `turkish-car-bomb-kills-four-in-mersin\n\n${STORY}`,
      `Smoke over the harbour mersin2.jpg\n\n${STORY}`,
      `the blast as seen from the harbour\n\n${STORY}`,
      `Bomb\n\n${STORY}`,
    ];
    for (const text of kept) expect(splitHeadline(text), text.slice(0, 40)).toEqual({ body: text });
  });

  it('needs a story below the line: a short note stays whole', () => {
    const note = 'Car bomb kills four in Mersin\n\nMore to follow.';
    expect(splitHeadline(note)).toEqual({ body: note });
    expect(splitHeadline('Car bomb kills four in Mersin')).toEqual({ body: 'Car bomb kills four in Mersin' });
  });
});

describe('plain-text articles', () => {
  it('mark the headline as the title, and the joined text keeps every word', () => {
    const raw = `Car bomb kills four in Mersin\n\n${STORY}`;
    const article = parseArticleText(raw, 'mersin.txt');
    expect(article.title).toBe('Car bomb kills four in Mersin');
    expect(article.meta.title).toBe('Car bomb kills four in Mersin');
    const { text, sections } = assembleArticle(article);
    expect(text).toBe(raw);
    expect(sections.map((s) => s.kind)).toEqual(['title', 'body']);
  });

  it('leave the first line in the body when the caller gives the title', () => {
    const raw = `Car bomb kills four in Mersin\n\n${STORY}`;
    const article = parseArticleText(raw, 'request text', 'text', undefined, false);
    expect(article.title).toBeUndefined();
    expect(article.body).toBe(raw);
  });
});

import { describe, expect, it } from 'vitest';
import { ExtractService } from '../../src/app/extract-service.js';
import { lowerTokens } from '../../src/core/lower-tokens.js';
import { sceneLede } from '../../src/extract/event/scene.js';
import { readingUnits } from '../../src/extract/event/units.js';
import { eventOn } from './event-of.js';

const service = new ExtractService();

/** The scene sentence sceneLede finds in an article (its text), or null. */
function scene(published: string, title: string, ...paragraphs: string[]): string | null {
  const { doc } = service.extractArticle({ title, body: paragraphs.join('\n\n'), meta: { title, format: 'text', published } });
  const units = readingUnits(doc).slice(0, 6);
  const tokens = doc.get('tokens');
  const ks = sceneLede(units, tokens, lowerTokens(tokens), doc.maybe('times') ?? []);
  return ks.length === 0 ? null : ks.map((k) => doc.text.slice(units[k]!.start, units[k]!.end)).join(' | ');
}

const march = [
  'By mid-afternoon, the Avenida Kelmar had become a river of banners and hand-painted signs, stretching from the steps of Congress to the palace.',
  'Tens of thousands of students and lecturers marched through central Buenos Aires on Tuesday to protest against a freeze on university funding.',
] as const;

describe('a feature scene before the news sentence', () => {
  it('is found: no day, no headline word, and the next sentence tells the day and restates the headline', () => {
    expect(scene('2026-04-29', 'Tens of thousands march to defend public universities', ...march)).toBe(march[0]);
  });

  it('gives who from the news sentence, not the scene', () => {
    const e = eventOn('2026-04-29', 'Tens of thousands march to defend public universities', ...march);
    expect(e.who[0]?.text).toMatch(/^Tens of thousands/);
  });

  it('weighs a place only the scene names below the news sentence\'s', () => {
    const deal = eventOn('2026-06-09', 'Why is a Port Harlow investor betting €1bn on Spanish solar?',
      'On a sun-baked plain outside Badajoz, in Spain\'s Extremadura region, a million solar panels tilt towards the sky.',
      'If a deal announced on Monday goes through, a large share of them will belong to an investor from Port Harlow.',
      'Harlow-based Brenner Holding has agreed to buy a 40 per cent stake in the developer Helios for €1 billion. The agreement was signed in Madrid.');
    expect(deal.where[0]?.text).toBe('Madrid');
  });
});

describe('a quotation and who said it before the news', () => {
  const paragraphs = [
    '"It came like a wall. In ten minutes the water was at the windows."',
    'Ana Brenner, 71, was speaking from the first floor of her home in Ceva, where she had spent the night watching the river rise.',
    'Two people have died and one is missing after torrential rain caused the Tanaro river to burst its banks, flooding towns along the valley.',
  ] as const;

  it('is a scene of several sentences, and the news after it need not name the day', () => {
    expect(scene('2026-10-19', 'Two dead and one missing as floods sweep northern Italy', ...paragraphs)).toContain('Ana Brenner, 71, was speaking');
    expect(eventOn('2026-10-19', 'Two dead and one missing as floods sweep northern Italy', ...paragraphs).who[0]?.text).not.toBe('Ana Brenner');
  });

  it('needs the quotation: sentences that share no word with a witty headline are most often its news', () => {
    expect(scene('2005-02-10', 'Big guns ease through in Kelmar',
      'Top-seeded Americans Tom Brenner and Ana Lind survived minor scares to reach the last eight of the Kelmar Open.',
      'Lind endured early problems against the left-handed Dane Ole Berg before sealing a 7-5 6-1 victory.',
      'And world number three Brenner dropped a set before pulling out a 6-3 3-6 6-2 win in Kelmar, California.')).toBeNull();
  });
});

describe('a plain lead is no scene', () => {
  it('when the next sentence goes on from it ("He told ...", "The worm first appeared ...")', () => {
    expect(scene('2005-02-10', 'Kelmar smoking ban details set out',
      'Smoke-free areas will save lives and improve the region\'s health, First Minister Tom Brenner has insisted.',
      'He told the Kelmar assembly on Wednesday that a comprehensive ban on smoking in public places would be introduced by the spring.')).toBeNull();
  });

  it('when it shares the headline\'s words, or names the day itself', () => {
    expect(scene('2026-03-02', 'Gunman kills three at Dunmore school', 'A gunman killed three people at a school in Dunmore.', 'A gunman opened fire at a Dunmore school on Monday morning, police said.')).toBeNull();
    expect(scene('2026-03-02', 'Tens of thousands march in Kelmar', 'Banners filled the Avenida Kelmar on Sunday afternoon.', 'Tens of thousands marched through Kelmar on Sunday.')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { applyRepairs } from './edits.js';
import { inlineBoilerplateRepairs } from './inline-boilerplate.js';

// Texts written for Dossier: furniture of the kinds scraping glues into a paragraph.
const cleaned = (text: string) => applyRepairs(text, inlineBoilerplateRepairs(text)).text;

describe('inlineBoilerplateRepairs', () => {
  it('takes out share buttons glued between two sentences, leaving a line break', () => {
    const text =
      'The mayor opened the bridge in Leeds Click to share on WhatsApp (Opens in new window) Click to share on Facebook (Opens in new window) Click to share on Twitter (Opens in new window) CROWDS cheered as the ribbon fell.';
    expect(cleaned(text)).toBe('The mayor opened the bridge in Leeds\nCROWDS cheered as the ribbon fell.');
    expect(inlineBoilerplateRepairs(text)).toHaveLength(1);
    // A network named by one letter ("X").
    expect(cleaned('The bridge opened. Click to share on X (Opens in new window) Crowds cheered.')).toBe('The bridge opened.\nCrowds cheered.');
    expect(cleaned('The bridge opened. View all Kelton Courier newsletters. Crowds cheered.')).toBe('The bridge opened.\nCrowds cheered.');
  });

  it('takes out a newsletter form, whatever the whitespace inside it', () => {
    const text = 'Get local updates directly to your inbox + Subscribe Thank you for subscribing!  Could not subscribe, try again later\tInvalid Email Two ferries collided off the coast on Friday.';
    expect(cleaned(text)).toBe('Two ferries collided off the coast on Friday.');
  });

  it('takes out the video player and the "continue reading" marker', () => {
    expect(cleaned('Rain fell all day. Advertisement Continue reading the main story The river rose.')).toBe('Rain fell all day.\nThe river rose.');
    expect(cleaned('Video Loading Video Unavailable Click to play Tap to play The video will start in 8 Cancel Play now The crowd sang.')).toBe(
      'The crowd sang.',
    );
  });

  it('leaves prose that uses the same words alone', () => {
    for (const text of [
      'Fans were asked to click to share on WhatsApp any photos of the parade.',
      'She said: "Thank you for subscribing to the fund, it kept us going."',
      'Readers can continue reading the main story on page four.',
      'The advertisement ran on Monday and viewers were told to scroll down for video of the match.',
    ]) {
      expect(inlineBoilerplateRepairs(text)).toEqual([]);
    }
  });
});

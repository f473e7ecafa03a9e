import { describe, expect, it } from 'vitest';
import { readHtml } from './html.js';
import { dropFurnitureLines } from './html-prune.js';

const prose = (s: string) => `<p>${s} The council met on Tuesday to discuss the new budget for the harbour district, officials said.</p>`;

describe('HTML furniture removal', () => {
  it('drops share bars, related links, captions and cookie notices but keeps the story', () => {
    const html = `<html><head><title>Budget row</title></head><body>
      <div class="cookie-banner">This website uses cookies to improve your experience.</div>
      <article>
        ${prose('First.')}${prose('Second.')}
        <figure><img src="x.jpg"><figcaption>The harbour at dawn (Image: GETTY)</figcaption></figure>
        ${prose('Third.')}
        <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        <ul><li><a href="/a">Mayor resigns after scandal</a></li><li><a href="/b">Storm hits coast</a></li></ul>
        ${prose('Fourth.')}
        <p>Advertisement</p>
      </article>
      <footer>Copyright 2024 The Example Post</footer></body></html>`;
    const { body } = readHtml(html, 'page.html');
    for (const kept of ['First.', 'Second.', 'Third.', 'Fourth.']) expect(body).toContain(kept);
    for (const gone of ['cookies', 'Facebook', 'Mayor resigns', 'Image: GETTY', 'Advertisement', 'Copyright']) expect(body).not.toContain(gone);
  });

  it('keeps prose that merely links a phrase, and lines that only look like furniture inside a sentence', () => {
    const text = 'Read the full report, the minister said, before Friday.\nPublished\nBy Jane Doe\nShe said the photo: was fake.';
    expect(dropFurnitureLines(text)).toBe('Read the full report, the minister said, before Friday.\nShe said the photo: was fake.');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { parseArticleText } from './read-input.js';
import { readHtml } from './html.js';
import { assembleArticle } from './article.js';
import { isForbiddenAddress } from './address-guard.js';

describe('decodeText', () => {
  it('drops a UTF-8 BOM and turns CRLF into LF', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('One.\r\nTwo.\rThree.')]);
    expect(decodeText(bytes, 'x')).toBe('One.\nTwo.\nThree.');
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ankara', 'utf16le')]);
    expect(decodeText(bytes, 'x')).toBe('Ankara');
  });

  it('refuses binary data, naming the input', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeText(png, 'photo.png')).toThrow(/photo\.png: binary data/);
  });
});

describe('articles', () => {
  it('marks title and lead as part of the text', () => {
    const { text, sections } = assembleArticle({ title: 'Envoy shot', lead: 'A gunman shot him.', body: 'Body here.', meta: {} });
    expect(text).toBe('Envoy shot\n\nA gunman shot him.\n\nBody here.');
    expect(sections.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['title', 'Envoy shot'], ['lead', 'A gunman shot him.'], ['body', 'Body here.'],
    ]);
  });

  it('reads a JSON article and refuses one without text or html', () => {
    const a = parseArticleText(JSON.stringify({ title: 'T', text: 'Body.', url: 'https://x.test/a', published: '2016-12-19T10:00:00Z' }), 'a.json');
    expect(a.title).toBe('T');
    expect(a.meta.published).toBe('2016-12-19');
    expect(() => parseArticleText('{"title": "only"}', 'b.json')).toThrow(/b\.json: not an article object/);
    expect(() => parseArticleText('{"title": ', 'c.json', 'json')).toThrow(/c\.json: invalid JSON/);
  });

  it('reads the body, title, date and site name from HTML and drops navigation', () => {
    const para = 'The ambassador was shot at an art gallery in Ankara on Monday evening, officials said. '.repeat(4);
    const html = `<!doctype html><html><head><title>Envoy shot | News</title>
      <meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2016-12-19T18:00:00Z">
      </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Envoy shot in Ankara</h1><p>${para}</p><p>${para}</p></article>
      <footer>Copyright 2016 Example News. All rights reserved.</footer></body></html>`;
    const a = readHtml(html, 'page.html');
    expect(a.body).toContain('The ambassador was shot');
    expect(a.body).not.toContain('Home');
    expect(a.body).not.toContain('Copyright');
    expect(a.meta.publisher).toBe('Example News');
    expect(a.meta.published).toBe('2016-12-19');
    expect(a.body.split('\n\n').length).toBeGreaterThanOrEqual(2);
  });
});

describe('address guard', () => {
  it('refuses loopback, private, link-local and metadata addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '172.16.5.4', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) {
      expect(isForbiddenAddress(a), a).toBe(true);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) expect(isForbiddenAddress(a), a).toBe(false);
  });
});

describe('encodings and fragments', () => {
  it('reads Latin-1 text (a lone 0xA3 is a pound sign) instead of calling it binary', () => {
    const bytes = Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x20, 0xa3, 0x35, 0x6d, 0x2e]); // "Cost £5m."
    expect(decodeText(bytes, 'old.txt')).toBe('Cost £5m.');
  });

  it('reads an HTML fragment without <html> or <body>', () => {
    const para = '<p>The harbour council approved the new budget on Tuesday after a long debate, officials said.</p>';
    const a = readHtml(para.repeat(6), 'fragment');
    expect(a.body).toContain('The harbour council approved the new budget');
  });
});

import { describe, expect, it } from 'vitest';
import { applyRepairs } from './edits.js';
import { missingSpaceRepairs } from './missing-space.js';

const fix = (s: string) => applyRepairs(s, missingSpaceRepairs(s)).text;

describe('missingSpaceRepairs', () => {
  it('puts back the space between two sentences run together', () => {
    expect(fix('It was always dangerous.The man left.')).toBe('It was always dangerous. The man left.');
    expect(fix('Was it?Nobody knows.')).toBe('Was it? Nobody knows.');
  });
  it('leaves abbreviations, domains, file names and code alone', () => {
    for (const s of ['The U.S.Army said so.', 'Mr.Smith spoke.', 'Visit bbc.co.uk or Amazon.Com now.', 'See news.Example.org', 'Call config.Load() first.', 'Open report.Final.docx']) {
      expect(fix(s)).toBe(s);
    }
  });
});

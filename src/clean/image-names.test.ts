import { describe, expect, it } from 'vitest';
import { findImageNames } from './image-names.js';
import { splitLines } from './lines.js';

const names = (text: string) => findImageNames(splitLines(text)[0]!).map((n) => text.slice(n.start, n.end));

describe('findImageNames', () => {
  it('takes only the number and extension off a title word glued to a caption', () => {
    expect(names('Smoke over the harbour2.jpgSmoke over the harbour')).toEqual(['2.jpg']);
  });
  it('finds an extension at the end of a caption line, and a whole file name', () => {
    expect(names('Police at the art gallery.jpg')).toEqual(['.jpg']);
    expect(names('IMG_1234.JPG')).toEqual(['IMG_1234.JPG']);
    expect(names('Before the vote DSC_0042.png')).toEqual(['DSC_0042.png']);
  });
  it('gives the title before and the caption after', () => {
    const text = 'Ambassador pictured moments before the shooting1.jpgThe ambassador at the podium';
    const [n] = findImageNames(splitLines(text)[0]!);
    expect(text.slice(n!.before.start, n!.before.end)).toBe('Ambassador pictured moments before the shooting');
    expect(text.slice(n!.after.start, n!.after.end)).toBe('The ambassador at the podium');
  });
  it('leaves file names in URLs, paths and running sentences', () => {
    expect(names('See https://example.com/photos/harbour.jpg')).toEqual([]);
    expect(names('The file C:\\photos\\harbour.jpg')).toEqual([]);
    expect(names('He sent a file named photo.jpg to the police.')).toEqual([]);
    expect(names('Stored as cover.jpgs and icons.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-stage.js';
import type { Section } from '../core/layers.js';

const body = (text: string): Section[] => [{ kind: 'body', start: 0, end: text.length }];
const run = (text: string) => {
  const r = cleanText(text, body(text), true);
  return { ...r, captions: r.sections.filter((s) => s.kind === 'caption').map((s) => r.text.slice(s.start, s.end)) };
};

const para1 = 'Firefighters battled the blaze at the depot for six hours on Sunday, officials said.';
const para2 = 'No one was hurt in the fire, which started in a storage hall, the fire service said.';

describe('captions', () => {
  it('keeps one copy of a caption repeated around an image name, marked caption', () => {
    const r = run(`${para1}\n\nFlames rise over the depot roof4.jpgFlames rise over the depot roof at dawn\n\n${para2}`);
    expect(r.text).toBe(`${para1}\n\nFlames rise over the depot roof at dawn\n\n${para2}`);
    expect(r.captions).toEqual(['Flames rise over the depot roof at dawn']);
    expect(r.edits.map((e) => e.kind)).toEqual(['caption-duplicate', 'image-filename']);
  });

  it('puts a photo title and a different caption on lines of their own, both captions', () => {
    const r = run(`${para1}\n\nDepot fire2.jpgA firefighter sprays water on the burning hall\n\n${para2}`);
    expect(r.text).toContain('Depot fire\nA firefighter sprays water on the burning hall');
    expect(r.captions).toEqual(['Depot fire\nA firefighter sprays water on the burning hall']);
  });

  it('drops the shorter of a photo title and the near-identical caption line after it', () => {
    const r = run(`${para1}\n\nFirefighters at the depot.jpg\nFirefighters at the depot gate\n\n${para2}`);
    expect(r.text).toBe(`${para1}\n\nFirefighters at the depot gate\n\n${para2}`);
    expect(r.captions).toEqual(['Firefighters at the depot gate']);
  });

  it('marks the short unfinished line next to a slug as a caption and drops the slug', () => {
    const r = run(`${para1}\n\nfire-chief-speaks-to-reporters-at-the-depot2\n\nThe fire chief speaks to reporters\n\n${para2}`);
    expect(r.text).not.toContain('fire-chief');
    expect(r.captions).toEqual(['The fire chief speaks to reporters']);
    expect(r.sections.map((s) => s.kind)).toEqual(['body', 'caption', 'body']);
  });

  it('marks a lone unfinished line that repeats a body sentence nearly word for word', () => {
    const r = run(`${para1}\n\nFirefighters battled the blaze at the depot for six hours\n\n${para2}`);
    expect(r.captions).toEqual(['Firefighters battled the blaze at the depot for six hours']);
  });

  it('marks lines that open like captions, and keeps finished paragraphs as body', () => {
    const r = run(`${para1}\nPhoto: Jane Doe, Example Agency\n${para2}`);
    expect(r.captions).toEqual(['Photo: Jane Doe, Example Agency']);
    expect(run(`Video: The depot blaze from the air (0:48)\n${para1}`).captions).toEqual(['Video: The depot blaze from the air (0:48)']);
    const plain = run(`${para1}\n\n${para2}`);
    expect(plain.captions).toEqual([]);
    expect(plain.edits).toEqual([]);
  });

  it('marks a short line that ends in its photo credit', () => {
    expect(run(`An empty platform at Kelmar station on Monday morning. Photo: TT\n\n${para1}`).captions).toEqual(['An empty platform at Kelmar station on Monday morning. Photo: TT']);
    expect(run(`Firefighters at the depot gate (Photo by Ana Ruiz)\n\n${para1}`).captions).toEqual(['Firefighters at the depot gate (Photo by Ana Ruiz)']);
    expect(run(`Police officers inspect the restaurant in Chuo Ward. | KYODO\n\n${para1}`).captions).toEqual(['Police officers inspect the restaurant in Chuo Ward. | KYODO']);
    expect(run(`Firefighters search the rubble in Lodz (photo: PSP Lodz)\n\n${para1}`).captions).toEqual(['Firefighters search the rubble in Lodz (photo: PSP Lodz)']);
    expect(run(`A nurse demonstrates the test at the hospital on May 27. ST PHOTO: ANA RUIZ\n\n${para1}`).captions).toEqual(['A nurse demonstrates the test at the hospital on May 27. ST PHOTO: ANA RUIZ']);
    expect(run(`Supporters cheer the winner in Kelton on Saturday night. Credit: Ana Ruiz\n\n${para1}`).captions).toEqual(['Supporters cheer the winner in Kelton on Saturday night. Credit: Ana Ruiz']);
    expect(run(`Officers inspect a damaged boat at the marina on Monday. Ana Ruiz/Kelton Courier\n\n${para1}`).captions).toEqual(['Officers inspect a damaged boat at the marina on Monday. Ana Ruiz/Kelton Courier']);
    expect(run(`Rescuers search the river near Kelton yesterday. – Photo courtesy of Kelton Fire\n\n${para1}`).captions).toEqual(['Rescuers search the river near Kelton yesterday. – Photo courtesy of Kelton Fire']);
    expect(run(`Police at the scene on Old Road, Kelton, last night. -Photo: ANA RUIZ\n\n${para1}`).captions).toEqual(['Police at the scene on Old Road, Kelton, last night. -Photo: ANA RUIZ']);
    expect(run(`Residents search for survivors in Kelton yesterday. PHOTO/ANA RUIZ\n\n${para1}`).captions).toEqual(['Residents search for survivors in Kelton yesterday. PHOTO/ANA RUIZ']);
    expect(run(`Two actors in a scene from the film / Courtesy of Kelton Pictures\n\n${para1}`).captions).toEqual(['Two actors in a scene from the film / Courtesy of Kelton Pictures']);
    expect(run(`Kelton Castle, seat of the parliament. Source: Ana Ruiz/KTV\n\n${para1}`).captions).toEqual(['Kelton Castle, seat of the parliament. Source: Ana Ruiz/KTV']);
    // A sentence that only mentions a photo is no caption.
    expect(run(`${para1} The agency released a photo: the depot.\n\n${para2}`).captions).toEqual([]);
  });

  it('marks a short line over an agency name in brackets near the top, not at the end', () => {
    expect(run(`Firefighters battle a blaze at the depot, Wednesday.\n\n(Yonhap)\n\n${para1}\n\n${para2}`).captions).toEqual(['Firefighters battle a blaze at the depot, Wednesday.', '(Yonhap)']);
    expect(run(`${para1}\n\n${para2}\n\n${para1}\n\n${para2}\n\n(Yonhap)`).captions).toEqual([]);
    expect(run(`Firefighters battle a blaze at the depot, Wednesday. (Yonhap)\n\n${para1}\n\n${para2}\n\n${para1}`).captions).toEqual(['Firefighters battle a blaze at the depot, Wednesday. (Yonhap)']);
    expect(run(`${para1}\n\n${para2}\n\nThe fire service said the depot would reopen. (Yonhap)`).captions).toEqual([]);
  });

  it('marks a short line over a bracketed photo credit near the top', () => {
    expect(run(`A researcher examines cultures in a laboratory (illustrative).\n\n(photo credit: KELTON UNIVERSITY)\n\n${para1}\n\n${para2}`).captions).toEqual(['A researcher examines cultures in a laboratory (illustrative).', '(photo credit: KELTON UNIVERSITY)']);
  });

  it('does not take list items or table rows that repeat other lines for captions', () => {
    const list = 'Winners:\n- Best actor - John Smith for The Long Road Home\n- Best film - The Long Road Home by John Smith\n';
    expect(run(`${para1}\n${list}\nJohn Smith for The Long Road Home won best actor and best film awards.`).captions).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { whyOf } from './event-of.js';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';
import { ExtractService } from '../../src/app/extract-service.js';
import { parseArticleText } from '../../src/ingest/read-input.js';

const ctx = { clean: true, referenceDate: '2024-02-12' };

describe('event why: a cause stated as a clause of its own', () => {
  it('reads a part that gave out, with its subject, in an accident', () => {
    const doc = makeDoc({
      title: 'Bus plunges into ravine near Huanta, killing 12',
      lead: 'A bus plunged into a ravine near Huanta on Sunday, killing 12 passengers and injuring 30.',
      body: 'Rescuers worked through the night. A police report said the brakes appeared to have failed on a steep curve.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('the brakes appeared to have failed on a steep curve');
  });

  it('reads what undid something, subject and object, in a disaster', () => {
    const doc = makeDoc({
      title: 'Mine collapse kills nine in Kivara',
      lead: 'Nine miners were killed when the walls of an open-pit mine collapsed in Kivara on Tuesday.',
      body: 'Rescuers recovered the bodies overnight. The district commissioner said heavy rains had weakened the walls of the pit.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('heavy rains had weakened the walls of the pit');
  });

  it('reads a participle before its noun as the noun phrase that gave out', () => {
    const doc = makeDoc({
      title: 'Ferry fire off Naxos: 200 passengers evacuated',
      lead: 'More than 200 passengers were evacuated after a fire broke out on a ferry off Naxos on Wednesday.',
      body: 'No one was hurt. The fire started in an overheated generator, the operator said.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('an overheated generator');
  });

  it('reads a barrier that gave way as the cause of a stampede, but not what gave way to something', () => {
    const doc = makeDoc({
      title: 'Stampede at Kelton festival kills 12',
      lead: 'At least 12 pilgrims were killed in a stampede at a festival in Kelton on Tuesday.',
      body: 'Witnesses said people began pushing after a metal barrier gave way.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('a metal barrier gave way');
    const room = makeDoc({
      title: 'Bus plunges into ravine near Huanta, killing 12',
      lead: 'A bus plunged into a ravine near Huanta on Sunday, killing 12 passengers.',
      body: 'The old road gave way to a new highway in 2019.',
    });
    expect(extractEvent(room, ctx).why?.text ?? '').not.toMatch(/gave way/);
  });

  it('reads what a fight started as, in quoted words too', () => {
    const doc = makeDoc({
      title: 'Man stabbed outside Lyon bar',
      lead: 'A man was stabbed outside a bar in Lyon late on Friday, police said.',
      body: 'A 27-year-old suspect was arrested at the scene. "It started as a dispute over a parking space," a witness said.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('a dispute over a parking space');
  });

  it('does not read a death that raised the toll as a cause ("rose to five after a boy died")', () => {
    const text = 'Toll in Kelton block party shooting rises to five\n\nKELTON (AP) - The death toll from a shooting at a block party in Kelton rose to five on Sunday after a 17-year-old boy died in hospital, police said.\n\nA gunman opened fire on the crowd shortly before 11 p.m. on Saturday.';
    const { record } = new ExtractService().extractArticle(parseArticleText(text, 'kelton.txt', 'text'));
    expect(record.event.why?.text ?? '').not.toMatch(/died/);
  });

  it('reads a cause a report says grew out of or stemmed from something, and no motive "still under investigation"', () => {
    const shooting = makeDoc({
      title: 'Five shot at Kelton block party',
      lead: 'A gunman opened fire at a block party in Kelton late on Saturday, wounding five people, police said.',
      body: 'Investigators believe the shooting grew out of a dispute between two groups of young men.',
    });
    expect(extractEvent(shooting, ctx).why?.text).toMatch(/^grew out of a dispute/);
    const attack = makeDoc({
      title: 'Gunman kills guard at Kelton consulate',
      lead: 'A gunman shot dead a security guard at the entrance of the consulate in Kelton on Wednesday.',
      body: 'Police said the motive was still under investigation.',
    });
    expect(extractEvent(attack, ctx).why).toBeNull();
  });

  it('does not read a span of time after "after" as a cause ("after six years")', () => {
    const doc = makeDoc({
      title: 'Kelton band splits after six years',
      body: 'The band said it would play a farewell tour in March.',
    });
    expect(extractEvent(doc, ctx).why).toBeNull();
  });

  it('does not read someone failing to do something as a part giving out', () => {
    const doc = makeDoc({
      title: 'Bus plunges into ravine near Huanta, killing 12',
      lead: 'A bus plunged into a ravine near Huanta on Sunday, killing 12 passengers.',
      body: 'The driver failed to stop at a checkpoint an hour earlier. Rescuers worked through the night.',
    });
    expect(extractEvent(doc, ctx).why).toBeNull();
  });

  it('does not read a price that weakened, with no object, as a cause', () => {
    const doc = makeDoc({
      title: 'Bus plunges into ravine near Huanta, killing 12',
      lead: 'A bus plunged into a ravine near Huanta on Sunday, killing 12 passengers.',
      body: "Shares in the bus operator weakened as investors weighed the company's liabilities.",
    });
    expect(extractEvent(doc, ctx).why).toBeNull();
  });

  it('reads parts giving out only in accidents and disasters, not at a protest', () => {
    const doc = makeDoc({
      title: 'Thousands march through Dunmore',
      lead: 'Thousands of people marched through Dunmore on Saturday.',
      body: 'Organisers said the sound system had failed during the speeches.',
    });
    expect(extractEvent(doc, ctx).type).toBe('protests');
    expect(extractEvent(doc, ctx).why).toBeNull();
  });
});

describe('event why: the weather that brought a flood or a landslide down', () => {
  it('reads the rain a landslide followed, and the rain alone before what it caused', () => {
    expect(whyOf('17 dead as landslide buries homes in Kelton',
      'At least 17 people were killed after a landslide buried homes in three villages in Kelton district on Monday night.',
      'The landslide, which struck at about 9pm, followed heavy rains that had pounded the slopes of Mount Kel since Sunday afternoon.')).toBe('heavy rains that had pounded the slopes of Mount Kel since Sunday afternoon');
    expect(whyOf('Two dead as Kelton river floods towns',
      'Two people have died and one is missing after torrential rain caused the Kelton river to burst its banks on Sunday, officials said.')).toBe('torrential rain');
  });

  it('reads no cause in a slope giving way, which is the landslide told again', () => {
    expect(whyOf('Landslide buries cars on Kelton highway',
      'For three days, rain had fallen almost without pause on the hills above Kelton.',
      'On Monday afternoon, a section of the hillside above Route 32 gave way, sending mud and rocks onto the highway. Two people were killed, the Red Cross said.',
      'The landslide struck at about 3:30 p.m. north of the tunnel, according to the emergency commission.',
      'The weather service said the landslide followed days of heavy rain from a tropical wave.')).toBe('days of heavy rain from a tropical wave');
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvent } from '../../src/extract/event/event-stage.js';
import { makeDoc } from './make-doc.js';

const ctx = { clean: true, referenceDate: '2024-02-12' };

describe('event why: the conditions a mishap happened in', () => {
  it('reads "in the icy conditions" after a mishap verb as why', () => {
    const doc = makeDoc({
      title: 'Lorry overturns on the Fenwick bypass',
      lead: 'A lorry skidded and overturned in the icy conditions on the Fenwick bypass early on Monday.',
      body: 'The driver was treated at the scene. The road reopened at noon.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('in the icy conditions');
  });

  it('reads "amid heavy snow" after an irregular mishap verb', () => {
    const doc = makeDoc({
      title: 'Ferry service halted',
      lead: 'The island ferry sank at its moorings amid heavy snow overnight, the harbour master said.',
      body: 'No one was aboard.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('amid heavy snow');
  });

  it('does not take the weather a crowd stood in as a cause', () => {
    const doc = makeDoc({
      title: 'Thousands march through Dunmore',
      lead: 'Thousands of teachers marched through Dunmore in the pouring rain on Saturday.',
      body: 'Organisers said the turnout was the largest in a decade.',
    });
    expect(extractEvent(doc, ctx).why).toBeNull();
  });
});

describe('event why: cues', () => {
  it('reads "criticism for" + what was done as the cause', () => {
    const doc = makeDoc({
      title: 'Brewery faces criticism for shrinking its bottles',
      body: 'The change was noticed by drinkers last week.',
    });
    expect(extractEvent(doc, ctx).why?.text).toBe('for shrinking its bottles');
  });

  it('does not read "due to" + a bare verb (a schedule) as a cause', () => {
    const doc = makeDoc({
      title: 'New mayor due to be sworn in on Friday',
      body: 'The ceremony will be held at the town hall.',
    });
    expect(extractEvent(doc, ctx).why).toBeNull();
    const cause = makeDoc({
      title: 'Match called off due to a waterlogged pitch',
      body: 'It will be played next month.',
    });
    expect(extractEvent(cause, ctx).why?.text).toBe('due to a waterlogged pitch');
  });
});

describe('event how: manner phrases', () => {
  it('reads a result with its score and a fixed phrase after it ("with a 4-3 win in extra time")', () => {
    const doc = makeDoc({
      title: 'Harbour Town lift the county cup',
      lead: 'Harbour Town won the county cup with a 4-3 win in extra time on Sunday.',
      body: 'It is their first title since 1998.',
    });
    expect(extractEvent(doc, ctx).how?.text).toBe('with a 4-3 win in extra time');
  });

  it('reads a fixed manner phrase on its own ("unopposed", "at gunpoint")', () => {
    const elected = makeDoc({ title: 'Councillor re-elected unopposed', body: 'No other candidate stood in the ward.' });
    expect(extractEvent(elected, ctx).how?.text).toBe('unopposed');
    const robbed = makeDoc({ title: 'Shop worker robbed at gunpoint in Ashby', body: 'The robber fled with cash.' });
    expect(extractEvent(robbed, ctx).how?.text).toBe('at gunpoint');
  });

  it('does not read "with" + a companion as a manner', () => {
    const doc = makeDoc({
      title: 'Minister meets farmers with a union leader',
      body: 'They talked about feed prices.',
    });
    expect(extractEvent(doc, ctx).how?.text ?? '').not.toMatch(/^with/);
  });
});

describe('event why: where a phrase cut at the length cap ends', () => {
  it('reads on to the end of a noun\'s complement ("share of" -> "share of water")', () => {
    const doc = makeDoc({ title: 'Farmers sign a pact to ensure a fair share of water in Castel', body: 'The talks lasted two days.' });
    expect(extractEvent(doc, ctx).why?.text).toBe('to ensure a fair share of water');
  });

  it('stops before an adverbial rather than end on its preposition ("losses during the")', () => {
    const doc = makeDoc({ title: 'Club sells its stadium due to heavy losses during the last season', body: 'The sale was agreed on Monday.' });
    expect(extractEvent(doc, ctx).why?.text).toBe('due to heavy losses');
  });

  it('keeps a verb\'s particle at the cap ("turned over")', () => {
    const doc = makeDoc({ title: 'Road closed after the lorry suddenly turned over on the bend', body: 'The driver was unhurt.' });
    expect(extractEvent(doc, ctx).why?.text).toBe('after the lorry suddenly turned over');
  });
});


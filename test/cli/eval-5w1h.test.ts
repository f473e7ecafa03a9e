import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { hasReferenceData, reportMissing } from '../helpers/shared-data.js';
import { referenceDataPath } from '../../src/core/resources.js';
import { isCorrect, tokenF1 } from '../../src/eval/five-w-metric.js';

describe('5W1H metric', () => {
  it('scores token F1 over words, ignoring case and punctuation', () => {
    expect(tokenF1('Taliban', 'taliban')).toBe(1);
    expect(tokenF1('rams', 'rams a truck')).toBeCloseTo(0.5);
    expect(tokenF1('blames FBI', 'the police')).toBe(0);
  });

  it('counts only phrases chosen by two coders, and agreed no-answers', () => {
    const coded = [{ text: 'Croydon', coderPhraseCount: 3 }, { text: 'London', coderPhraseCount: 1 }];
    expect(isCorrect('in Croydon', coded)).toBe(true);
    expect(isCorrect('London', coded)).toBe(false);
    expect(isCorrect(null, coded)).toBe(false);
    expect(isCorrect(null, [{ coderPhraseCount: 2 }])).toBe(true);
    expect(isCorrect('Monday', [{ coderPhraseCount: 2 }])).toBe(false);
  });
});

const data = 'giveme5w1h/train';
if (!hasReferenceData(data)) reportMissing(`reference data ${data}`);

describe.runIf(hasReferenceData(data))('dossier eval 5w1h (built CLI)', () => {
  it('prints per-question accuracy beside the baseline on a few articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-5w1h-'));
    for (const f of readdirSync(referenceDataPath(data)).filter((x) => x.endsWith('.json')).slice(0, 4)) {
      copyFileSync(referenceDataPath(data, f), join(dir, f));
    }
    const res = runCli(['eval', '5w1h', '--data', dir]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^5W1H accuracy on 4 articles/);
    for (const q of ['who', 'what', 'when', 'where', 'why', 'how', 'who/what/when/where', 'all six']) {
      expect(res.stdout).toMatch(new RegExp(`^${q}\\s+[01]\\.\\d{3}\\s+[01]\\.\\d{3}$`, 'm'));
    }
    const json = JSON.parse(runCli(['eval', '5w1h', '--data', dir, '--json']).stdout);
    expect(json.results).toHaveLength(4);
    expect(json.system.perQuestion.who).toBeGreaterThanOrEqual(0);
  });

  it('names a missing folder in one line with its exit code', () => {
    const res = runCli(['eval', '5w1h', '--data', '/nonexistent/giveme']);
    expect(res.status).toBe(3);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/\/nonexistent\/giveme: folder not found/);
  });
});

describe('dossier eval 5w1h on our own hand-coded articles (built CLI)', () => {
  const own = 'eval/own-5w1h';

  it('scores the killed and injured figures coded by hand beside the 5W1H answers', () => {
    const res = runCli(['eval', '5w1h', '--data', own]);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^killed \/ injured figures coded by hand in 14 articles \(exact min and max\): killed [01]\.\d{3}, injured [01]\.\d{3}$/m);
    const json = JSON.parse(runCli(['eval', '5w1h', '--data', own, '--json']).stdout);
    expect(json.casualties.articles).toBe(14);
    for (const r of json.results) expect(Object.keys(r.casualties.correct).sort()).toEqual(['injured', 'killed']);
  });

  it('refuses a malformed casualty coding, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-5w1h-bad-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ title: 'T', text: 'Body.', fiveWoneH: {}, casualties: { killed: 'three' } }));
    const res = runCli(['eval', '5w1h', '--data', dir]);
    expect(res.status).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/a\.json: casualties\.killed must be/);
  });
});

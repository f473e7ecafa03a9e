import type { DossierRecord } from '../../src/core/record.js';

/**
 * Every span in a record lies inside its text and, where it carries its text, carries exactly those
 * words; `cleaning[].original` indexes the original input instead, so it is checked against that.
 * Returns the list of violations (empty when the record is sound).
 */
export function spanViolations(record: DossierRecord, original?: string): string[] {
  const problems: string[] = [];
  const n = record.text.length;
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (!(o.start >= 0 && o.start <= o.end && o.end <= n)) problems.push(`${path}: [${o.start}, ${o.end}) outside text of length ${n}`);
      else if (typeof o.text === 'string' && record.text.slice(o.start, o.end) !== o.text) {
        problems.push(`${path}: text ${JSON.stringify(o.text).slice(0, 60)} is not the text at [${o.start}, ${o.end})`);
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'original' || !path.startsWith('cleaning')) visit(v, `${path}.${k}`);
  };
  visit({ ...record, text: undefined, cleaning: undefined }, 'record');
  if (original !== undefined) {
    record.cleaning.forEach((e, i) => {
      const { start, end, text } = e.original;
      if (!(start >= 0 && start <= end && end <= original.length) || original.slice(start, end) !== text) {
        problems.push(`cleaning[${i}].original: [${start}, ${end}) does not index the original input`);
      }
    });
  }
  return problems;
}

/** A date string from metadata ("2016-12-19T17:05:00Z", "19 December 2016") as YYYY-MM-DD, or undefined. */
export function isoDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const direct = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (direct) return isValid(+direct[1]!, +direct[2]!, +direct[3]!) ? direct[0] : undefined;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return undefined;
  return new Date(parsed).toISOString().slice(0, 10);
}

/** Checks a YYYY-MM-DD string names a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && isValid(+m[1]!, +m[2]!, +m[3]!);
}

function isValid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

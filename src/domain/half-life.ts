/**
 * Half-lives in words a clinician reads at a glance: under 48 hours in hours, longer in days.
 * The card and each comparison row use this one formatter, so the same fact reads the same.
 */
export type HalfLifeValue = { min: number; max: number; unit: 'h' | 'd' };
export type HalfLifeUnit = 'h' | 'd';

const toHours = (value: number, unit: HalfLifeUnit) =>
  unit === 'd' ? value * 24 : value;

const rounded = (n: number) =>
  String(n >= 10 ? Math.round(n) : Math.round(n * 10) / 10);

/** The unit a set of half-lives reads best in: hours when every one is under 48 hours. */
export function halfLifeUnit(values: readonly HalfLifeValue[]): HalfLifeUnit {
  return values.every((v) => toHours(v.max, v.unit) < 48) ? 'h' : 'd';
}

/** Hours as a number, for comparing values given in different units. */
export const halfLifeHours = (v: HalfLifeValue) => ({
  min: toHours(v.min, v.unit),
  max: toHours(v.max, v.unit),
});

/**
 * "4–6 hours", "21–28 days". When a row of mixed drugs is in days, a value under 48 hours also
 * says its hours ("0.2 days (4–6 hours)"), so no one reads 0.2 days as a number to work with.
 */
export function formatHalfLife(
  value: HalfLifeValue,
  unit: HalfLifeUnit = halfLifeUnit([value]),
): string {
  const { min, max } = halfLifeHours(value);
  const range = (a: number, b: number) =>
    a === b ? rounded(a) : `${rounded(a)}–${rounded(b)}`;
  if (unit === 'h') return `${range(min, max)} hours`;
  const days = `${range(min / 24, max / 24)} days`;
  return max < 48 ? `${days} (${range(min, max)} hours)` : days;
}

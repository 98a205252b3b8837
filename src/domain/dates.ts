/** How precisely a date is known: absent means the day. */
export type DatePrecision = 'month' | 'year';

/**
 * A stored date as precisely as its source gives it: "2012-12" for a month, "1953" for a year
 * (stored as the first of the month or 1 January), never an invented day.
 */
export const shownDate = (date: string, precision?: DatePrecision) =>
  precision === 'year'
    ? date.slice(0, 4)
    : precision === 'month'
      ? date.slice(0, 7)
      : date;

import { isSourced, type Sourced } from '@/data/claim-guards';
import type { Region } from '@/data/enums';
import type { Cell, CitedAt } from '@/domain/comparison/types';

type Provenance = {
  sourceIds: readonly string[];
  locator?: string | undefined;
};

/** Source and locator pairs of some claims, for a cell's `citedAt`. */
export const citedAtOf = (claims: readonly Provenance[]): CitedAt[] =>
  claims.flatMap((c) =>
    c.locator
      ? c.sourceIds.map((sourceId) => ({ sourceId, locator: c.locator ?? '' }))
      : [],
  );

type Claimish = { note?: string | undefined } & Record<string, unknown>;

/** Words to compare on: case, spacing and trailing punctuation do not make two values differ. */
export const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.;,\s]+$/, '')
    .trim();

export const emptyCell = (text = 'Not listed'): Cell => ({
  text,
  norm: 'none',
  sourceIds: [],
});

export const unverifiedCell = (note: string | undefined): Cell => ({
  text: 'Not verified: see the label',
  norm: 'unverified',
  sourceIds: [],
  unverified: true,
  ...(note ? { note } : {}),
});

/** A cell from a list of claims of one region: each verified claim's words, joined; sources merged. */
export function listCell<C extends Claimish>(
  claims: readonly C[],
  words: (claim: Extract<C, Sourced>) => string,
  empty = 'None listed',
): Cell {
  if (claims.length === 0) return emptyCell(empty);
  const verified = claims.filter(isSourced);
  if (verified.length === 0) return unverifiedCell(claims[0]?.note);
  const texts = verified.map(words);
  return {
    text:
      texts.join('\n') +
      (verified.length < claims.length
        ? '\nSome entries not verified: see the label'
        : ''),
    norm: texts.map(normalise).sort().join('|'),
    sourceIds: [...new Set(verified.flatMap((c) => c.sourceIds))],
    citedAt: citedAtOf(verified),
  };
}

/** A row label with its region when both regions are shown (rows are per region, never merged). */
export const withRegion = (
  text: string,
  regions: readonly Region[],
  region: Region,
) => (regions.length > 1 ? `${text} (${region})` : text);

/** A cell whose value is not known: not verified. It is a gap, not a value, so it never differs. */
export const isGap = (cell: Cell) =>
  cell.unverified === true || cell.gap === true;

/**
 * A row's neutral marks. `differs`: two known values are not the same (a gap next to a value is
 * not a difference). `gap`: at least one drug's value is not verified.
 */
export const rowMarks = (cells: readonly Cell[]) => ({
  differs: new Set(cells.filter((c) => !isGap(c)).map((c) => c.norm)).size > 1,
  gap: cells.some(isGap),
});

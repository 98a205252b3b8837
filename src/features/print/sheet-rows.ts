import type { PrintSection } from '@/config/url-params';
import type { Row, RowGroup } from '@/data/comparison/types';
import type { Source } from '@/data/files-schema';

/** Which print section a comparison row belongs to. */
export function sectionOf(row: Row): PrintSection {
  if (row.group === 'identity' || row.id === 'last-reviewed') return 'overview';
  if (row.group === 'regulatory') return 'regulatory';
  if (row.id.startsWith('warnings-')) return 'warnings';
  if (row.id.startsWith('boxed-') || row.group === 'safety') return 'safety';
  if (row.group === 'dosing') return 'dosing';
  if (row.group === 'monitoring') return 'monitoring';
  if (row.id.startsWith('interactions-') || row.id.startsWith('rems-'))
    return 'interactions';
  return 'populations';
}

const decisive = new Set([
  'approved',
  'approved-subtype',
  'emergency-use',
  'refused',
  'withdrawn',
]);

/** "No boxed warning" is an answer a reader needs on paper; other all-empty rows are not. */
const saysNothing = (row: Row) =>
  !row.id.startsWith('boxed-') &&
  row.cells.every(
    (cell) => cell.norm === 'none' || cell.norm === 'not-covered',
  );

/**
 * The rows a sheet prints: the chosen sections only. With a condition in focus, condition rows
 * (status, dosing) are limited to that condition and its sub-types, because that is the question
 * the sheet answers. Without one, the regulatory matrix keeps only conditions where some drug has
 * a regulatory decision. Nothing inside a row is trimmed: boxed warnings and restrictions print in full.
 */
export function sheetGroups(
  groups: RowGroup[],
  sections: readonly PrintSection[],
  focusFamily: ReadonlySet<string> | undefined,
): RowGroup[] {
  const keep = (row: Row) => {
    // The title block already prints each entry's review line.
    if (row.id === 'last-reviewed') return false;
    if (!sections.includes(sectionOf(row))) return false;
    if (focusFamily && row.conditionId !== undefined)
      // "Not covered" for the condition asked about is an answer, so status rows stay.
      return (
        focusFamily.has(row.conditionId) &&
        (row.group === 'regulatory' || !saysNothing(row))
      );
    if (saysNothing(row)) return false;
    if (row.group !== 'regulatory') return true;
    return row.cells.some((cell) =>
      cell.chips?.some((chip) => decisive.has(chip.kind)),
    );
  };
  return groups
    .map((group) => ({ ...group, rows: group.rows.filter(keep) }))
    .filter((group) => group.rows.length > 0);
}

const kindRank: Record<Source['kind'], number> = {
  label: 0,
  smpc: 0,
  regulator: 1,
  trial: 2,
  guideline: 2,
  review: 3,
  'press-release': 4,
};

/**
 * On paper each value cites its strongest source only (label or SmPC, then a regulator's document,
 * then a trial or guideline, then secondary sources), so the reference list stays short enough to
 * print; the screen keeps every source. Ties keep the data's order.
 */
export function strongestSourceOnly(
  groups: RowGroup[],
  sources: readonly Source[],
): RowGroup[] {
  const strongest = strongestSource(sources);
  return groups.map((group) => ({
    ...group,
    rows: group.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        const sourceIds = strongest(cell.sourceIds);
        return {
          ...cell,
          sourceIds,
          citedAt: cell.citedAt?.filter((c) => sourceIds.includes(c.sourceId)),
        };
      }),
    })),
  }));
}

/** Picks the strongest of a value's sources (as a one-item list, empty when there are none). */
export function strongestSource(sources: readonly Source[]) {
  const rank = new Map(sources.map((s) => [s.id, kindRank[s.kind]]));
  return (ids: readonly string[]) =>
    [...ids]
      .sort((a, b) => (rank.get(a) ?? 9) - (rank.get(b) ?? 9))
      .slice(0, 1);
}

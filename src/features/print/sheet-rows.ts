import type { PrintSection } from '@/config/url-params';
import type { Row, RowGroup } from '@/data/comparison/types';

/** Which print section a comparison row belongs to. */
export function sectionOf(row: Row): PrintSection {
  if (row.group === 'identity' || row.id === 'last-reviewed') return 'overview';
  if (row.group === 'regulatory') return 'regulatory';
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

/**
 * The rows a sheet prints: the chosen sections only, and in the regulatory matrix only conditions
 * where some drug has a regulatory decision (or the chosen condition), so paper stays short.
 * Nothing else is trimmed: boxed warnings and restrictions print in full.
 */
export function sheetGroups(
  groups: RowGroup[],
  sections: readonly PrintSection[],
  focusCondition: string | undefined,
): RowGroup[] {
  return groups
    .map((group) => ({
      ...group,
      rows: group.rows.filter((row) => {
        if (!sections.includes(sectionOf(row))) return false;
        // Rows with nothing to say for any drug ("not listed", "not covered") are left off paper.
        if (
          row.cells.every(
            (cell) => cell.norm === 'none' || cell.norm === 'not-covered',
          )
        )
          return false;
        if (row.group !== 'regulatory') return true;
        const isFocus =
          focusCondition !== undefined &&
          row.id.startsWith(`status-${focusCondition}-`);
        return (
          isFocus ||
          row.cells.some((cell) =>
            cell.chips?.some((chip) => decisive.has(chip.kind)),
          )
        );
      }),
    }))
    .filter((group) => group.rows.length > 0);
}

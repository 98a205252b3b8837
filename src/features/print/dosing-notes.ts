import type { Cell, Row } from '@/domain/comparison/types';
import type { Region } from '@/data/enums';

export type DosingEntry = {
  /** The conditions whose dosing reads exactly the same, in the matrix's order. */
  conditions: string[];
  cell: Cell;
};
export type DosingNote = {
  drugIndex: number;
  region: Region | undefined;
  entries: DosingEntry[];
};

/**
 * Dosing as short notes per drug and region instead of one table row per condition: conditions
 * whose dosing reads exactly the same (same normalised words) share one entry, and conditions a
 * drug has no dosing for are left out. Every dosing line still prints; only the repetition goes.
 */
export function dosingNotes(
  rows: readonly Row[],
  drugCount: number,
  conditionName: (conditionId: string | undefined) => string,
): DosingNote[] {
  const regions = [...new Set(rows.map((r) => r.region))];
  const notes: DosingNote[] = [];
  for (let drugIndex = 0; drugIndex < drugCount; drugIndex++) {
    for (const region of regions) {
      const entries: DosingEntry[] = [];
      for (const row of rows.filter((r) => r.region === region)) {
        const cell = row.cells[drugIndex];
        if (!cell || cell.norm === 'none') continue;
        const condition = conditionName(row.conditionId);
        const same = entries.find((e) => e.cell.norm === cell.norm);
        if (!same) entries.push({ conditions: [condition], cell });
        else {
          same.conditions.push(condition);
          same.cell = {
            ...same.cell,
            sourceIds: [
              ...new Set([...same.cell.sourceIds, ...cell.sourceIds]),
            ],
            citedAt: [...(same.cell.citedAt ?? []), ...(cell.citedAt ?? [])],
          };
        }
      }
      if (entries.length > 0) notes.push({ drugIndex, region, entries });
    }
  }
  return notes;
}

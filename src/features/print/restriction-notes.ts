import type { Row, RowGroup } from '@/domain/comparison/types';
import type { Region } from '@/data/enums';

export type RestrictionNote = {
  letter: string;
  drugIndex: number;
  region: Region | undefined;
  text: string;
};

/** a…z, then aa, ab…: letters never clash with the numbered references. */
export const letterFor = (index: number): string =>
  index < 26
    ? String.fromCharCode(97 + index)
    : letterFor(Math.floor(index / 26) - 1) + letterFor(index % 26);

/**
 * On paper an approval's restriction prints once, in full, as a lettered note under the status
 * rows, and each status cell names its letter. Restrictions repeat across a drug's indications
 * (e.g. "after a TNF blocker"), so this keeps every word while saving most of the matrix's height.
 * The same drug, region and words share one letter; letters follow reading order.
 */
export function letterRestrictions(groups: readonly RowGroup[]): {
  groups: RowGroup[];
  notes: RestrictionNote[];
} {
  const notes: RestrictionNote[] = [];
  const letterOf = (drugIndex: number, row: Row, text: string) => {
    const found = notes.find(
      (n) =>
        n.drugIndex === drugIndex && n.region === row.region && n.text === text,
    );
    if (found) return found.letter;
    const letter = letterFor(notes.length);
    notes.push({ letter, drugIndex, region: row.region, text });
    return letter;
  };
  const lettered = groups.map((group) =>
    group.id !== 'regulatory'
      ? group
      : {
          ...group,
          rows: group.rows.map((row) => ({
            ...row,
            cells: row.cells.map((cell, drugIndex) =>
              cell.chips?.some((chip) => chip.restriction)
                ? {
                    ...cell,
                    text: cell.chips
                      .map((chip) =>
                        chip.restriction
                          ? `Approved with restriction (${letterOf(drugIndex, row, chip.restriction)})`
                          : chip.label,
                      )
                      .join('; '),
                  }
                : cell,
            ),
          })),
        },
  );
  return { groups: lettered, notes };
}

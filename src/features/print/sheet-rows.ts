import type { PrintSection } from './print-options';
import type { Row, RowGroup } from '@/domain/comparison/types';
import type { Source } from '@/data/files-schema';

/** Which print section a comparison row belongs to. */
export function sectionOf(row: Row): PrintSection {
  if (
    row.group === 'identity' ||
    row.id === 'last-reviewed' ||
    row.id === 'half-life'
  )
    return 'overview';
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
 * print; the screen keeps every source. Among equally strong sources a value cites the one the
 * sheet cites most (often one copy of a label rather than several), then the data's order.
 */
export function strongestSourceOnly(
  groups: RowGroup[],
  sources: readonly Source[],
): RowGroup[] {
  const citeFor = sourcePicker(
    groups.flatMap((g) =>
      g.rows.flatMap((r) => r.cells.map((c) => c.sourceIds)),
    ),
    sources,
  );
  return groups.map((group) => ({
    ...group,
    rows: group.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        const sourceIds = citeFor(cell.sourceIds);
        return {
          ...cell,
          sourceIds,
          citedAt: cell.citedAt?.filter((c) => sourceIds.includes(c.sourceId)),
        };
      }),
    })),
  }));
}

/**
 * The one source a value cites on paper (a one-item list, empty when it has none): one of its
 * strongest kind, chosen so the whole sheet cites as few sources as it can. Repeatedly takes the
 * candidate that the most still-uncovered values share (a greedy set cover), ties in data order.
 * `values` are the source lists of every value the sheet prints.
 */
export function sourcePicker(
  values: readonly (readonly string[])[],
  sources: readonly Source[],
) {
  const candidatesOf = strongestSources(sources);
  let open = values.map(candidatesOf).filter((c) => c.length > 0);
  const chosen: string[] = [];
  while (open.length > 0) {
    const counts = new Map<string, number>();
    for (const id of open.flat()) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [best] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    chosen.push(best);
    open = open.filter((c) => !c.includes(best));
  }
  return (ids: readonly string[]): string[] =>
    chosen.filter((id) => candidatesOf(ids).includes(id)).slice(0, 1);
}

/** All of a value's sources of its strongest kind, in the data's order. */
function strongestSources(sources: readonly Source[]) {
  const rank = new Map(sources.map((s) => [s.id, kindRank[s.kind]]));
  const rankOf = (id: string) => rank.get(id) ?? 9;
  return (ids: readonly string[]) => {
    const best = Math.min(...ids.map(rankOf));
    return ids.filter((id) => rankOf(id) === best);
  };
}

import type { Row, RowGroup } from '@/domain/comparison/types';
import { dosingNotes, type DosingNote } from './dosing-notes';
import { letterRestrictions, type RestrictionNote } from './restriction-notes';

export type PaperLayout = {
  /** The first table: identity, half-life and boxed warning, regulatory status (and dosing rows in focus). */
  before: RowGroup[];
  restrictionNotes: RestrictionNote[];
  /** Dosing notes per drug, printed between the two tables when no condition is in focus. */
  dosing: DosingNote[];
  /** The second table: contraindications, class restrictions, monitoring and the rest. */
  after: RowGroup[];
};

type Options = {
  drugCount: number;
  /** With a condition in focus its few dosing rows stay in the table, lined up across drugs. */
  focused: boolean;
  conditionName: (conditionId: string | undefined) => string;
};

const isConditionDosing = (row: Row) => row.id.startsWith('dosing-');

const generalTitle = (rows: readonly Row[]) => {
  const halfLife = rows.some((r) => r.id === 'half-life');
  const boxed = rows.some((r) => r.id.startsWith('boxed-'));
  if (halfLife && boxed) return 'Half-life and boxed warning';
  return halfLife ? 'Half-life' : 'Boxed warning';
};

/**
 * Where a sheet's rows go on paper, in reading order. The boxed warning comes right after the
 * identity rows, as it heads a US label; being tall and unsplittable, it would otherwise often
 * leave a gap at the foot of a page. Then regulatory status with its lettered restrictions, then
 * dosing (rows when a condition is in focus, otherwise notes per drug), then the other safety
 * rows and monitoring.
 */
export function paperLayout(
  groups: readonly RowGroup[],
  { drugCount, focused, conditionName }: Options,
): PaperLayout {
  const { groups: lettered, notes: restrictionNotes } =
    letterRestrictions(groups);
  const group = (id: RowGroup['id']) => lettered.filter((g) => g.id === id);
  const dosingRows = group('dosing').flatMap((g) => g.rows);
  const general = dosingRows.filter((r) => !isConditionDosing(r));
  const perCondition = dosingRows.filter(isConditionDosing);
  const before: RowGroup[] = [
    ...group('identity'),
    ...(general.length > 0
      ? [{ id: 'dosing' as const, title: generalTitle(general), rows: general }]
      : []),
    ...group('regulatory'),
    ...(focused && perCondition.length > 0
      ? [{ id: 'dosing' as const, title: 'Dosing', rows: perCondition }]
      : []),
  ];
  const after = lettered.filter(
    (g) => !['identity', 'dosing', 'regulatory'].includes(g.id),
  );
  const dosing = focused
    ? []
    : dosingNotes(perCondition, drugCount, conditionName);
  return dosing.length > 0
    ? { before, restrictionNotes, dosing, after }
    : { before: [...before, ...after], restrictionNotes, dosing, after: [] };
}

/** Sources in the order a reader meets them on paper, so reference numbers run in order. */
export function citationOrder(
  layout: PaperLayout,
  later: readonly string[] = [],
): string[] {
  const cited = (groups: readonly RowGroup[]) =>
    groups.flatMap((g) =>
      g.rows.flatMap((r) => r.cells.flatMap((c) => c.sourceIds)),
    );
  return [
    ...new Set([
      ...cited(layout.before),
      ...layout.dosing.flatMap((n) =>
        n.entries.flatMap((e) => e.cell.sourceIds),
      ),
      ...cited(layout.after),
      ...later,
    ]),
  ];
}

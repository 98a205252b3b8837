import { isSourced } from '@/data/claim-guards';
import { shownDate } from '@/domain/dates';
import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import { classGroupLabels, routeLabels } from '@/domain/labels';
import {
  rowMarks,
  citedAtOf,
  normalise,
  unverifiedCell,
} from '@/domain/comparison/cells';
import type { Cell, Row } from '@/domain/comparison/types';

const plain = (text: string, norm: string): Cell => ({
  text,
  norm,
  sourceIds: [],
});

/**
 * Class, target and route are identity facts of the entry, the same in both regions; first
 * approval is a regional fact, shown for the regions in view.
 */
export function identityRows(
  drugs: readonly Drug[],
  regions: readonly Region[],
): Row[] {
  const rows: Omit<Row, 'differs' | 'gap'>[] = [
    {
      id: 'class',
      group: 'identity',
      label: 'Class',
      cells: drugs.map((d) =>
        plain(
          `${classGroupLabels[d.classGroup]}: ${d.drugClass}`,
          d.classGroup,
        ),
      ),
    },
    {
      id: 'target',
      group: 'identity',
      label: 'Target',
      cells: drugs.map((d) => plain(d.target, normalise(d.target))),
    },
    {
      id: 'routes',
      group: 'identity',
      label: 'Routes',
      cells: drugs.map((d) =>
        plain(
          d.routes.map((r) => routeLabels[r]).join(', '),
          [...d.routes].sort().join(','),
        ),
      ),
    },
    ...regions.map((region) => ({
      id: `initial-${region}`,
      group: 'identity' as const,
      label:
        region === 'US'
          ? 'First approval, US (FDA)'
          : 'First approval, EU (Commission)',
      cells: drugs.map((d): Cell => {
        const claim = d.initialApproval[region];
        if (!claim) return plain(`Not approved in the ${region}`, 'none');
        if (!isSourced(claim)) return unverifiedCell(claim.note);
        return {
          text: shownDate(claim.date, claim.datePrecision),
          norm: claim.date.slice(0, 4),
          sourceIds: claim.sourceIds,
          citedAt: citedAtOf([claim]),
        };
      }),
    })),
  ];
  return rows.map((row) => ({ ...row, ...rowMarks(row.cells) }));
}

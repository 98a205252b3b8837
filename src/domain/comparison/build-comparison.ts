import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import {
  boxedWarningRow,
  dosingRows,
  halfLifeRow,
} from '@/domain/comparison/dosing-rows';
import { identityRows } from '@/domain/comparison/identity-rows';
import { monitoringRows } from '@/domain/comparison/monitoring-rows';
import { otherRows, textRows } from '@/domain/comparison/region-rows';
import { regulatoryRows } from '@/domain/comparison/regulatory-rows';
import {
  rowGroupTitles,
  type RowGroup,
  type RowGroupId,
} from '@/domain/comparison/types';

type Options = {
  regions: readonly Region[];
  conditions: readonly Condition[];
  focusCondition?: string | undefined;
};

/**
 * The comparison's row model, shared by /compare, its CSV export and the print sheet.
 * Drugs are columns in the order given; each cell is one region's claim, never a merged value.
 */
export function buildComparison(
  drugs: readonly Drug[],
  { regions, conditions, focusCondition }: Options,
): RowGroup[] {
  const rows = [
    ...identityRows(drugs, regions),
    ...regulatoryRows(drugs, regions, conditions, focusCondition),
    ...dosingRows(drugs, regions, conditions, focusCondition),
    halfLifeRow(drugs),
    ...regions.map((region) => boxedWarningRow(drugs, region, regions)),
    ...textRows(drugs, regions),
    ...monitoringRows(drugs, regions),
    ...otherRows(drugs, regions),
  ];
  const order: RowGroupId[] = [
    'identity',
    'regulatory',
    'dosing',
    'safety',
    'monitoring',
    'populations',
  ];
  return order.map((id) => ({
    id,
    title: rowGroupTitles[id],
    rows: rows.filter((r) => r.group === id),
  }));
}

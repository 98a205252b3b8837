import type { Drug } from '../drug-schema';
import type { Region } from '../enums';
import type { Condition } from '../files-schema';
import { boxedWarningRow, dosingRows, halfLifeRow } from './dosing-rows';
import { identityRows } from './identity-rows';
import { monitoringRows } from './monitoring-rows';
import { otherRows, textRows } from './region-rows';
import { regulatoryRows } from './regulatory-rows';
import { rowGroupTitles, type RowGroup, type RowGroupId } from './types';

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

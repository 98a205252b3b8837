import { describe, expect, it } from 'vitest';
import { defaultSectionsFor } from '@/features/print/print-options';
import { buildComparison } from '@/domain/comparison/build-comparison';
import type { Drug } from '@/data/drug-schema';
import type { Condition } from '@/data/files-schema';
import { sheetGroups } from '@/features/print/sheet-rows';
import { shippedData, shippedDrugs } from '../data-fixtures';

const data = shippedData();
const drugs = shippedDrugs().drugs as unknown as Drug[];
const conditions = data.conditions.conditions as unknown as Condition[];
const pick = (...ids: string[]) =>
  ids.map((id) => {
    const drug = drugs.find((d) => d.id === id);
    if (!drug) throw new Error(`shipped data lacks ${id}`);
    return drug;
  });
const rowsOf = (
  ids: string[],
  focus?: Set<string>,
  sections = defaultSectionsFor(undefined),
) =>
  sheetGroups(
    buildComparison(pick(...ids), { regions: ['US', 'EU'], conditions }),
    sections,
    focus,
  ).flatMap((g) => g.rows);

describe('print sheet rows', () => {
  it('limits condition rows to the condition in focus and its sub-types', () => {
    const rows = rowsOf(
      ['anakinra', 'canakinumab'],
      new Set(['stills-disease', 'aosd', 'sjia']),
    );
    const conditionRows = rows.filter((r) => r.conditionId !== undefined);
    expect(conditionRows.length).toBeGreaterThan(0);
    for (const row of conditionRows)
      expect(['stills-disease', 'aosd', 'sjia']).toContain(row.conditionId);
    // Rows that are not about a condition (boxed warning, screening) still print.
    expect(rows.some((r) => r.id === 'boxed-US')).toBe(true);
  });

  it('keeps the full warnings text out of the default sheet and prints it on request', () => {
    expect(
      rowsOf(['tofacitinib']).some((r) => r.id.startsWith('warnings-')),
    ).toBe(false);
    expect(
      rowsOf(['tofacitinib'], undefined, ['warnings']).map((r) => r.id),
    ).toEqual(['warnings-US', 'warnings-EU']);
  });

  it('carries where in each source a printed fact is, for the reference list', () => {
    const boxed = rowsOf(['tofacitinib']).find((r) => r.id === 'boxed-US');
    const citedAt = boxed?.cells[0]?.citedAt ?? [];
    expect(citedAt.length).toBeGreaterThan(0);
    for (const { sourceId, locator } of citedAt) {
      expect(boxed?.cells[0]?.sourceIds).toContain(sourceId);
      expect(locator.length).toBeGreaterThan(0);
    }
  });
});

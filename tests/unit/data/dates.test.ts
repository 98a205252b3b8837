import { describe, expect, it } from 'vitest';
import { buildComparison } from '@/domain/comparison/build-comparison';
import { shownDate } from '@/domain/dates';
import type { Drug } from '@/data/drug-schema';
import type { Condition } from '@/data/files-schema';
import { shippedData, shippedDrugs } from '../data-fixtures';

describe('dates shown as precisely as the source gives them', () => {
  it('never shows a day the source does not give', () => {
    expect(shownDate('2012-11-06')).toBe('2012-11-06');
    expect(shownDate('2009-06-01', 'month')).toBe('2009-06');
    expect(shownDate('1953-01-01', 'year')).toBe('1953');
  });

  it('shows methotrexate’s first US approval as a year and canakinumab’s as a month', () => {
    const data = shippedData();
    const drugs = shippedDrugs().drugs as unknown as Drug[];
    const pick = (id: string) => drugs.filter((d) => d.id === id);
    const firstUS = (id: string) =>
      buildComparison(pick(id), {
        regions: ['US'],
        conditions: data.conditions.conditions as unknown as Condition[],
      })
        .flatMap((g) => g.rows)
        .find((r) => r.id === 'initial-US')?.cells[0]?.text;
    expect(firstUS('methotrexate')).toBe('1953');
    expect(firstUS('canakinumab')).toBe('2009-06');
    expect(firstUS('tofacitinib')).toBe('2012-11-06');
  });
});

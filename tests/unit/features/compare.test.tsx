import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildComparison } from '@/domain/comparison/build-comparison';
import { halfLifeRow } from '@/domain/comparison/dosing-rows';
import type { Drug } from '@/data/drug-schema';
import { comparisonCsv, escapeCsvCell } from '@/features/compare/csv-export';
import { shippedData, shippedDrugs } from '../data-fixtures';
import { renderAt } from '../render';

const drugs = () => shippedDrugs().drugs as unknown as Drug[];
const byId = (id: string) => {
  const drug = drugs().find((d) => d.id === id);
  if (!drug) throw new Error(`fixture needs ${id}`);
  return drug;
};

describe('difference logic', () => {
  it('treats equal half-lives written in different units as equal, and shows one unit per row', () => {
    const withHalfLife = (
      id: string,
      min: number,
      max: number,
      unit: 'h' | 'd',
    ) => ({
      ...byId(id),
      halfLife: {
        min,
        max,
        unit,
        text: 'as labelled',
        sourceIds: ['x'],
        locator: 'y',
      },
    });
    const hours = halfLifeRow([
      withHalfLife('anakinra', 36, 36, 'h'),
      withHalfLife('tofacitinib', 1.5, 1.5, 'd'),
    ]);
    expect(hours.differs).toBe(false);
    expect(hours.label).toBe('Half-life (hours)');
    expect(hours.cells.map((c) => c.text.split(' (')[0])).toEqual([
      '36 hours',
      '36 hours',
    ]);
    // Under 48 hours reads in hours; a row with a longer half-life is in days, and a short one
    // there also says its hours (never a bare "0.2 days").
    const mixed = halfLifeRow([
      withHalfLife('anakinra', 4, 6, 'h'),
      withHalfLife('canakinumab', 21, 28, 'd'),
    ]);
    expect(mixed.differs).toBe(true);
    expect(mixed.label).toBe('Half-life (days)');
    expect(
      mixed.cells.map((c) => c.text.replace(/ \(as labelled\)$/, '')),
    ).toEqual(['0.2–0.3 days (4–6 hours)', '21–28 days']);
  });

  it('marks a gap next to a value as a gap, never as a difference', () => {
    const unverified = {
      ...byId('tofacitinib'),
      halfLife: {
        unverified: true as const,
        note: 'The label section was not available.',
      },
    };
    const row = halfLifeRow([byId('anakinra'), unverified, byId('anakinra')]);
    expect(row.differs).toBe(false);
    expect(row.gap).toBe(true);
    const both = halfLifeRow([
      byId('anakinra'),
      unverified,
      byId('canakinumab'),
    ]);
    expect(both.differs).toBe(true);
    expect(both.gap).toBe(true);
  });

  it('compares statuses by their enum ids, not by wording, and never merges regions', () => {
    const groups = buildComparison([byId('tofacitinib'), byId('anakinra')], {
      regions: ['US', 'EU'],
      conditions: shippedData().conditions.conditions as never,
      focusCondition: 'rheumatoid-arthritis',
    });
    const regulatory = groups.find((g) => g.id === 'regulatory');
    const [first, second] = regulatory?.rows ?? [];
    expect(first?.label).toBe('Rheumatoid arthritis (US)');
    expect(second?.label).toBe('Rheumatoid arthritis (EU)');
    expect(first?.differs).toBe(false); // both "approved" in the US, although the restriction words differ
    expect(second?.differs).toBe(true); // tofacitinib also carries a dated EU refusal (2013)
    const boxed = groups
      .flatMap((g) => g.rows)
      .find((r) => r.id === 'boxed-EU');
    expect(
      boxed?.cells.every(
        (c) => c.text === 'EU labels do not use boxed warnings',
      ),
    ).toBe(true);
  });

  it('escapes spreadsheet formulas and writes UTF-8 with a byte-order mark', () => {
    expect(escapeCsvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(escapeCsvCell('+1')).toBe("'+1");
    // Fullwidth formula starts, and cells holding the separator, a quote or a line break.
    for (const start of ['＝', '＋', '－', '＠'])
      expect(escapeCsvCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('say "x"')).toBe('"say ""x"""');
    expect(escapeCsvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(escapeCsvCell('-5 mg')).toBe("'-5 mg");
    expect(escapeCsvCell('@sum')).toBe("'@sum");
    expect(escapeCsvCell('CrCl <30 mL/min')).toBe('CrCl <30 mL/min');
    const csv = comparisonCsv({
      drugNames: ['A'],
      groups: [
        {
          id: 'identity',
          title: 'Identity',
          rows: [
            {
              id: 'r',
              group: 'identity',
              label: 'Row',
              differs: false,
              gap: false,
              cells: [{ text: '=1+1', norm: 'x', sourceIds: ['s1'] }],
            },
          ],
        },
      ],
      region: 'US',
      dataVersion: '2026-11-23',
      generatedAt: '2026-11-23T12:00:00Z',
    });
    expect(csv.startsWith('\uFEFFImmunodex comparison')).toBe(true);
    expect(csv).toContain('Region,US');
    expect(csv).toContain('Data version,2026-11-23');
    expect(csv).toContain("Identity,Row,'=1+1,s1,no");
  });
});

describe('compare page', () => {
  it('hides rows where all drugs agree when "Show only differences" is on', async () => {
    const { user, router } = renderAt(
      '/compare?id=tofacitinib&id=deucravacitinib&region=US',
    );
    const table = await screen.findByRole('table');
    expect(
      within(table).getByRole('rowheader', { name: 'Routes' }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('checkbox', { name: 'Show only differences' }),
    );
    expect(router.state.location.search).toContain('diff=1');
    expect(
      within(screen.getByRole('table')).queryByRole('rowheader', {
        name: 'Routes',
      }),
    ).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('table')).getByRole('rowheader', {
        name: /Target/,
      }),
    ).toBeInTheDocument();
  });

  it('reorders and removes columns through the URL', async () => {
    const { user, router } = renderAt(
      '/compare?id=anakinra&id=tofacitinib&id=deucravacitinib',
    );
    await screen.findByRole('table');
    await user.click(
      screen.getByRole('button', { name: 'Move Tofacitinib left' }),
    );
    expect(router.state.location.search).toBe(
      '?id=tofacitinib&id=anakinra&id=deucravacitinib',
    );
    await user.click(screen.getByRole('button', { name: 'Remove Anakinra' }));
    expect(router.state.location.search).toBe(
      '?id=tofacitinib&id=deucravacitinib',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Add a drug' }),
      'anakinra',
    );
    expect(router.state.location.search).toBe(
      '?id=tofacitinib&id=deucravacitinib&id=anakinra',
    );
  });
});

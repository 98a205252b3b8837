import { isSourced } from '@/data/claim-guards';
import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import {
  rowMarks,
  citedAtOf,
  listCell,
  unverifiedCell,
  withRegion,
} from '@/domain/comparison/cells';
import type { Cell, Row, RowGroupId } from '@/domain/comparison/types';

type TextField =
  | 'contraindications'
  | 'warnings'
  | 'classRestrictions'
  | 'renal'
  | 'hepatic'
  | 'pregnancy'
  | 'lactation'
  | 'vaccination';

const fields: {
  field: TextField;
  group: RowGroupId;
  label: string;
  empty: string;
}[] = [
  {
    field: 'contraindications',
    group: 'safety',
    label: 'Contraindications',
    empty: 'None listed',
  },
  {
    field: 'warnings',
    group: 'safety',
    label: 'Warnings and precautions',
    empty: 'None listed',
  },
  {
    field: 'classRestrictions',
    group: 'safety',
    label: 'Class restrictions',
    empty: 'None',
  },
  {
    field: 'renal',
    group: 'populations',
    label: 'Renal impairment',
    empty: 'Not stated',
  },
  {
    field: 'hepatic',
    group: 'populations',
    label: 'Hepatic impairment',
    empty: 'Not stated',
  },
  {
    field: 'pregnancy',
    group: 'populations',
    label: 'Pregnancy',
    empty: 'Not stated',
  },
  {
    field: 'lactation',
    group: 'populations',
    label: 'Breastfeeding',
    empty: 'Not stated',
  },
  {
    field: 'vaccination',
    group: 'populations',
    label: 'Vaccination',
    empty: 'Not stated',
  },
];

/** Text rows of one region's label, one per field, never merged with the other region. */
export function textRows(
  drugs: readonly Drug[],
  regions: readonly Region[],
): Row[] {
  return fields.flatMap(({ field, group, label: text, empty }) =>
    regions.map((region) => {
      const cells = drugs.map((d) =>
        listCell(
          d[field].filter((c) => c.region === region),
          (c) => c.text,
          empty,
        ),
      );
      return {
        id: `${field}-${region}`,
        group,
        label: withRegion(text, regions, region),
        topic: text,
        region,
        cells,
        ...rowMarks(cells),
      };
    }),
  );
}

/** Combinations the label says to avoid, REMS (US) or the black triangle (EU), and the entry's review date. */
export function otherRows(
  drugs: readonly Drug[],
  regions: readonly Region[],
): Row[] {
  const rows: Omit<Row, 'differs' | 'gap'>[] = regions.flatMap((region) => [
    {
      id: `interactions-${region}`,
      group: 'populations' as const,
      label: withRegion('Interactions', regions, region),
      topic: 'Interactions',
      region,
      cells: drugs.map((d) =>
        listCell(
          d.interactions.filter((c) => c.region === region),
          (c) => (c.avoidCombination ? `Avoid: ${c.text}` : c.text),
        ),
      ),
    },
    {
      id: `rems-${region}`,
      group: 'populations' as const,
      label: region === 'US' ? 'REMS (US)' : 'Additional monitoring ▼ (EU)',
      cells: drugs.map((d): Cell => {
        const claim = region === 'US' ? d.rems : d.additionalMonitoring;
        if (!isSourced(claim)) return unverifiedCell(claim.note);
        return {
          text: claim.present
            ? `Yes${claim.text ? `: ${claim.text}` : ''}`
            : 'No',
          norm: String(claim.present),
          sourceIds: claim.sourceIds,
          citedAt: citedAtOf([claim]),
        };
      }),
    },
  ]);
  rows.push({
    id: 'last-reviewed',
    group: 'populations',
    label: 'Last reviewed',
    cells: drugs.map((d) => ({
      text: `${d.lastReviewed}. ${d.review}`,
      norm: d.lastReviewed,
      sourceIds: [],
    })),
  });
  return rows.map((row) => ({ ...row, ...rowMarks(row.cells) }));
}

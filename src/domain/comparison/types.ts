import type { Region } from '@/data/enums';
import type { StatusChip } from '@/domain/status-chips';

export type CitedAt = { sourceId: string; locator: string };

/** One drug's value in one comparison row, always from one region's claim. */
export type Cell = {
  text: string;
  /** What equality is judged on: enum ids, numbers in one unit, or normalised words; never raw text. */
  norm: string;
  sourceIds: string[];
  /** Where in each source the cell's claims are (label section, table), for references on paper. */
  citedAt?: CitedAt[];
  unverified?: boolean;
  /** The value is not known (e.g. every status unverified), though the cell still shows its chips. */
  gap?: boolean;
  /** Why an unverified value could not be confirmed. */
  note?: string;
  chips?: StatusChip[];
  /** Qualifiers of the statuses in this cell (population, age, restriction…), shown under the chips. */
  details?: string[];
};

export type RowGroupId =
  | 'identity'
  | 'regulatory'
  | 'dosing'
  | 'safety'
  | 'monitoring'
  | 'populations';

export type Row = {
  id: string;
  group: RowGroupId;
  label: string;
  cells: Cell[];
  /** Two known values differ (a neutral mark, never better or worse). */
  differs: boolean;
  /** Some drug's value is not verified (its own neutral mark). */
  gap: boolean;
  /** What the row is about without its region, and the region, for rows that exist once per region. */
  topic?: string;
  region?: Region;
  /** Set on rows about one condition (regulatory status, dosing), so a sheet can keep only its focus. */
  conditionId?: string;
};

export type RowGroup = { id: RowGroupId; title: string; rows: Row[] };

export const rowGroupTitles: Record<RowGroupId, string> = {
  identity: 'Identity',
  regulatory: 'Regulatory status by condition',
  dosing: 'Dosing, half-life and boxed warning',
  safety: 'Contraindications, warnings and class restrictions',
  monitoring: 'Screening and monitoring',
  populations: 'Special populations, interactions and review',
};

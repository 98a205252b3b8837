import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import {
  chipsFor,
  type ChipKind,
  type StatusChip,
} from '@/domain/status-chips';
import type { StatusFilter } from '@/domain/url/url-params';
import type { DrugIndexEntry } from '@/domain/browse/drug-index';

/** Result groups in their fixed display order. The order is by regulatory status, never by drug merit. */
export const resultGroups = [
  { id: 'approved', title: 'Approved', kinds: ['approved'] },
  {
    id: 'approved-subtype',
    title: 'Approved for a sub-type only',
    kinds: ['approved-subtype'],
  },
  { id: 'emergency-use', title: 'Emergency use', kinds: ['emergency-use'] },
  { id: 'off-label', title: 'Off-label use', kinds: ['off-label'] },
  {
    id: 'investigational',
    title: 'Investigational',
    kinds: ['investigational'],
  },
  {
    id: 'development-stopped',
    title: 'Studied, development stopped',
    kinds: ['development-stopped'],
  },
  {
    id: 'not-recommended',
    title: 'Not recommended (evidence against)',
    kinds: ['not-recommended'],
  },
  {
    id: 'refused-withdrawn',
    title: 'Refused or withdrawn',
    kinds: ['refused', 'withdrawn'],
  },
  // Not knowing a status is its own answer, after every known status and never with "not approved".
  {
    id: 'unverified',
    title: 'Status not verified: check the label',
    kinds: ['unverified'],
  },
  {
    id: 'not-approved',
    title: 'Listed, not approved',
    kinds: ['not-approved'],
  },
] as const satisfies readonly {
  id: string;
  title: string;
  kinds: readonly ChipKind[];
}[];

export type ResultGroupId = (typeof resultGroups)[number]['id'];
export type ChipsByRegion = Partial<Record<Region, StatusChip[]>>;
export type GroupedResults = {
  id: ResultGroupId;
  title: string;
  drugs: { drug: DrugIndexEntry; chips: ChipsByRegion }[];
}[];

const statusFilterKinds: Record<StatusFilter, ChipKind[]> = {
  approved: ['approved'],
  'approved-subtype': ['approved-subtype'],
  'emergency-use': ['emergency-use'],
  'off-label': ['off-label'],
  investigational: ['investigational'],
  'development-stopped': ['development-stopped'],
  'not-recommended': ['not-recommended'],
  refused: ['refused'],
  withdrawn: ['withdrawn'],
  unverified: ['unverified'],
};

/**
 * Groups drugs by their status for one condition in the shown regions. A drug sits in the first
 * group any of its chips belongs to; its card still shows every chip, per region. Drugs the data
 * does not cover for this condition are left out. Within a group: alphabetical.
 */
export function groupByStatus(
  drugs: readonly DrugIndexEntry[],
  conditionId: string,
  regions: readonly Region[],
  conditions: readonly Condition[],
  statusFilter: readonly StatusFilter[],
): GroupedResults {
  const wanted = new Set(statusFilter.flatMap((s) => statusFilterKinds[s]));
  const groups: GroupedResults = resultGroups.map((g) => ({
    id: g.id,
    title: g.title,
    drugs: [],
  }));
  for (const drug of drugs) {
    const chips: ChipsByRegion = Object.fromEntries(
      regions.map((r) => [r, chipsFor(drug, conditionId, r, conditions)]),
    );
    const kinds = new Set(
      Object.values(chips).flatMap((list) => list.map((c) => c.kind)),
    );
    if (wanted.size > 0 && ![...kinds].some((k) => wanted.has(k))) continue;
    const eligible =
      wanted.size > 0
        ? new Set([...kinds].filter((k) => wanted.has(k)))
        : kinds;
    const index = resultGroups.findIndex((g) =>
      g.kinds.some((k) => eligible.has(k)),
    );
    if (index >= 0) groups[index]?.drugs.push({ drug, chips });
  }
  groups.forEach((g) =>
    g.drugs.sort((a, b) => a.drug.name.localeCompare(b.drug.name, 'en')),
  );
  return groups.filter((g) => g.drugs.length > 0);
}

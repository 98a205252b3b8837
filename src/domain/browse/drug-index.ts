import type { IndexEntry, IndexIndication } from '@/data/index-schema';
import type { ClassGroup, Region, RouteOfAdministration } from '@/data/enums';
import { classGroupLabels } from '@/domain/labels';

/**
 * A drug as the list, the filters and the search read it, built from its index entry. A full
 * `Drug` is an index entry too (same field names), so the printed list builds the same thing
 * from drug files and keeps the statuses' sources.
 */
export type DrugIndexEntry = {
  id: string;
  name: string;
  brands: { name: string; region: Region }[];
  classGroup: ClassGroup;
  drugClass: string;
  target: string;
  routes: RouteOfAdministration[];
  boxedWarning: 'present' | 'absent' | 'no-us-label' | 'unverified';
  /** Statuses per condition and region: what the condition filter and the chips are built from. */
  indications: IndexIndication[];
  lastReviewed: string;
  /** Lower-cased words the text search looks through. */
  searchText: string;
};

export function toBrowseEntry(entry: IndexEntry): DrugIndexEntry {
  const boxed = entry.boxedWarning;
  return {
    id: entry.id,
    name: entry.name,
    brands: entry.brandNames.map(({ name, region }) => ({ name, region })),
    classGroup: entry.classGroup,
    drugClass: entry.drugClass,
    target: entry.target,
    routes: entry.routes,
    boxedWarning:
      'unverified' in boxed
        ? 'unverified'
        : boxed.present
          ? 'present'
          : boxed.notApprovedInUS
            ? 'no-us-label'
            : 'absent',
    indications: entry.indications,
    lastReviewed: entry.lastReviewed,
    searchText: [
      entry.name,
      entry.ingredient,
      ...entry.brandNames.map((b) => b.name),
      classGroupLabels[entry.classGroup],
      entry.drugClass,
      entry.target,
    ]
      .join(' ')
      .toLowerCase(),
  };
}

import { isSourced } from '@/data/claim-guards';
import type { Drug, Indication } from '@/data/drug-schema';
import type { ClassGroup, Region, RouteOfAdministration } from '@/data/enums';
import { classGroupLabels } from '@/data/labels';

/**
 * The list fields of a drug: everything the list, the filters and the search read.
 * Keeping the browse page on these fields alone means drugs.json can later be split into an index
 * plus per-drug files (data model, "Files") without touching this feature.
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
  indications: Indication[];
  lastReviewed: string;
  /** Lower-cased words the text search looks through. */
  searchText: string;
};

export function toIndexEntry(drug: Drug): DrugIndexEntry {
  const boxed = drug.boxedWarning;
  return {
    id: drug.id,
    name: drug.name,
    brands: drug.brandNames.map(({ name, region }) => ({ name, region })),
    classGroup: drug.classGroup,
    drugClass: drug.drugClass,
    target: drug.target,
    routes: drug.routes,
    boxedWarning: !isSourced(boxed)
      ? 'unverified'
      : boxed.present
        ? 'present'
        : boxed.notApprovedInUS
          ? 'no-us-label'
          : 'absent',
    indications: drug.indications,
    lastReviewed: drug.lastReviewed,
    searchText: [
      drug.name,
      drug.ingredient,
      ...drug.brandNames.map((b) => b.name),
      classGroupLabels[drug.classGroup],
      drug.drugClass,
      drug.target,
    ]
      .join(' ')
      .toLowerCase(),
  };
}

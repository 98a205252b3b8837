import {
  classGroups,
  routesOfAdministration,
  type ClassGroup,
  type RouteOfAdministration,
} from '@/data/enums';

/**
 * Every query parameter the app understands, with its allowed values.
 * Pages read them through readQuery() so that an unknown value is reported, never silently used.
 */
export const regionFilters = ['US', 'EU', 'all'] as const;
export type RegionFilter = (typeof regionFilters)[number];

/** Status groups shown by the browse filter, in display order (never a ranking). */
export const statusFilters = [
  'approved',
  'approved-subtype',
  'emergency-use',
  'off-label',
  'investigational',
  'not-recommended',
  'refused',
  'withdrawn',
] as const;
export type StatusFilter = (typeof statusFilters)[number];

export const printSections = [
  'overview',
  'regulatory',
  'dosing',
  'safety',
  'warnings',
  'monitoring',
  'populations',
  'interactions',
  'claims',
  'sources',
] as const;
export type PrintSection = (typeof printSections)[number];

/**
 * What a sheet prints when the URL names no sections: what a P&T reviewer asks for first
 * (status with restrictions, dosing, boxed warning, contraindications, screening, sources).
 * The full warnings text, special populations, interactions and claim checks are one click away,
 * and the sheet names what it left out.
 */
export const defaultPrintSections: PrintSection[] = [
  'overview',
  'regulatory',
  'dosing',
  'safety',
  'monitoring',
  'sources',
];

export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

export const MAX_COMPARED = 6;
/** Longer values are not ids or searches anyone typed; they are cut off and reported. */
export const MAX_VALUE_LENGTH = 200;

export type AppQuery = {
  condition: string | undefined;
  region: RegionFilter;
  status: StatusFilter[];
  classGroup: ClassGroup | undefined;
  route: RouteOfAdministration | undefined;
  q: string;
  ids: string[];
  diff: boolean;
  sections: PrintSection[];
  paper: PaperSize;
};

export const defaultQuery: AppQuery = {
  condition: undefined,
  region: 'all',
  status: [],
  classGroup: undefined,
  route: undefined,
  q: '',
  ids: [],
  diff: false,
  sections: [...defaultPrintSections],
  paper: 'a4',
};

export { classGroups, routesOfAdministration };

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
  'development-stopped',
  'not-recommended',
  'refused',
  'withdrawn',
  'unverified',
] as const;
export type StatusFilter = (typeof statusFilters)[number];

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
  /** Compare: show only rows where two known values differ. */
  diff: boolean;
  /** Compare: show only rows where a value is not verified. */
  gaps: boolean;
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
  gaps: false,
};

/**
 * The print route's defaults. A drug sheet is printed for one region unless both are asked for:
 * paper serves one jurisdiction's chart or committee, and two broad drugs in both regions do not
 * fit two pages. It starts with the US because that label carries the boxed warning the sheet
 * must show; EU, or both side by side, is one choice away on the sheet.
 */
export const printDefaults: AppQuery = { ...defaultQuery, region: 'US' };

export { classGroups, routesOfAdministration };

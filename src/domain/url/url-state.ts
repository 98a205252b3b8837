import {
  classGroups,
  defaultQuery,
  MAX_COMPARED,
  MAX_VALUE_LENGTH,
  regionFilters,
  routesOfAdministration,
  statusFilters,
  type AppQuery,
} from '@/domain/url/url-params';

export type IgnoredParam = { param: string; value: string; reason: string };
export type ReadResult = { query: AppQuery; ignored: IgnoredParam[] };

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const shown = (value: string) =>
  value.length > 60 ? `${value.slice(0, 60)}…` : value;

/**
 * Readers for one parameter each that record every value they could not use, so a page can say
 * what it ignored. Shared by the app's query and the print route's own options.
 */
export function paramReader(params: URLSearchParams) {
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value: string, reason: string) =>
    ignored.push({ param, value: shown(value), reason });

  const one = <T extends string>(
    param: string,
    allowed: readonly T[],
  ): T | undefined => {
    const values = params.getAll(param);
    values.slice(1).forEach((v) => ignore(param, v, 'only one value is used'));
    const value = values[0];
    if (value === undefined || value === '') return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    ignore(param, value, `not one of: ${allowed.join(', ')}`);
    return undefined;
  };

  const many = <T extends string>(
    param: string,
    allowed: readonly T[],
  ): T[] => {
    const out: T[] = [];
    for (const value of params.getAll(param)) {
      if (value === '') continue;
      if (!(allowed as readonly string[]).includes(value))
        ignore(param, value, `not one of: ${allowed.join(', ')}`);
      else if (out.includes(value as T)) ignore(param, value, 'listed twice');
      else out.push(value as T);
    }
    return out;
  };
  return { ignored, ignore, one, many };
}

/**
 * Reads every app parameter from a query string. Unknown values come back in `ignored`.
 * `defaults` fills what the URL leaves out (the print route has its own region default).
 */
export function readQuery(
  params: URLSearchParams,
  defaults: AppQuery = defaultQuery,
): ReadResult {
  const { ignored, ignore, one, many } = paramReader(params);

  const slug = (param: string, value: string): string | undefined => {
    if (idPattern.test(value) && value.length <= 80) return value;
    ignore(param, value, 'not a valid id');
    return undefined;
  };

  const conditionRaw = params.get('condition');
  const condition = conditionRaw ? slug('condition', conditionRaw) : undefined;

  const ids: string[] = [];
  for (const value of params.getAll('id')) {
    const id = slug('id', value);
    if (id === undefined) continue;
    if (ids.includes(id)) ignore('id', value, 'listed twice');
    else if (ids.length >= MAX_COMPARED)
      ignore('id', value, `at most ${MAX_COMPARED} drugs at once`);
    else ids.push(id);
  }

  let q = params.get('q') ?? '';
  if (q.length > MAX_VALUE_LENGTH) {
    ignore('q', q, `longer than ${MAX_VALUE_LENGTH} characters; shortened`);
    q = q.slice(0, MAX_VALUE_LENGTH);
  }

  const flag = (name: 'diff' | 'gaps') => {
    const value = params.get(name);
    if (value !== null && value !== '1' && value !== '0')
      ignore(name, value, 'use 1 or 0');
    return value === '1';
  };
  const diff = flag('diff');
  const gaps = flag('gaps');

  return {
    query: {
      condition,
      region: one('region', regionFilters) ?? defaults.region,
      status: many('status', statusFilters),
      classGroup: one('class', classGroups),
      route: one('route', routesOfAdministration),
      // Kept as typed (spaces included) so the search box round-trips; matching ignores extra spaces.
      q,
      ids,
      diff,
      gaps,
    },
    ignored,
  };
}

/** Writes a query in one canonical order, leaving out defaults so shared links stay short. */
export function writeQuery(
  query: Partial<AppQuery>,
  defaults: AppQuery = defaultQuery,
): URLSearchParams {
  const params = new URLSearchParams();
  if (query.condition) params.set('condition', query.condition);
  if (query.region && query.region !== defaults.region)
    params.set('region', query.region);
  query.status?.forEach((s) => params.append('status', s));
  if (query.classGroup) params.set('class', query.classGroup);
  if (query.route) params.set('route', query.route);
  if (query.q) params.set('q', query.q);
  query.ids?.forEach((id) => params.append('id', id));
  if (query.diff) params.set('diff', '1');
  if (query.gaps) params.set('gaps', '1');
  return params;
}

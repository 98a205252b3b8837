import {
  defaultQuery,
  printDefaults,
  type AppQuery,
} from '@/domain/url/url-params';
import { writeQuery } from '@/domain/url/url-state';

const withQuery = (
  path: string,
  query: Partial<AppQuery> = {},
  defaults: AppQuery = defaultQuery,
) => {
  const search = writeQuery(query, defaults).toString();
  return search ? `${path}?${search}` : path;
};

/** Every in-app URL is built here, so links, tests and the prerenderer agree. */
export const paths = {
  browse: (query?: Partial<AppQuery>) => withQuery('/', query),
  drug: (id: string) => `/drugs/${encodeURIComponent(id)}`,
  compare: (ids: string[], query: Partial<AppQuery> = {}) =>
    withQuery('/compare', { ...query, ids }),
  /** The print route has its own defaults (see printDefaults), so `region=all` is written out. */
  print: (ids: string[], query: Partial<AppQuery> = {}) =>
    withQuery('/print', { ...query, ids }, printDefaults),
  about: () => '/about',
};

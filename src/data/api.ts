import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/lib/fetch-json';

/** Paths relative to the app's base URL; also used by the msw handlers and the data check. */
export const dataFiles = {
  index: 'data/index.json',
  conditions: 'data/conditions.json',
  drug: (id: string) => `data/drugs/${encodeURIComponent(id)}.json`,
} as const;

/*
 * The schema (zod/mini plus our rules, ~10 KB gzip) is its own chunk, fetched in parallel with the
 * data file: it costs no extra round trip, and it stays out of the initial JS budget.
 */
const parsers = () => import('./parsers');

/*
 * staleTime is Infinity on purpose: the files ship inside the build, so they cannot change while
 * this build is running. A new data version arrives only with a new deployment, which the app
 * announces and applies on reload; refetching in the background could only ever return the same
 * bytes or, mid-deploy, data that does not match the running code.
 */
export const dataQueries = {
  /** The list fields of every drug: the list, the filters, the search and the compare picker. */
  index: () =>
    queryOptions({
      queryKey: ['data', 'index'],
      queryFn: ({ signal }) =>
        fetchJson(
          dataFiles.index,
          async () => (await parsers()).parseIndexFile,
          signal,
        ),
      staleTime: Infinity,
    }),
  conditions: () =>
    queryOptions({
      queryKey: ['data', 'conditions'],
      queryFn: ({ signal }) =>
        fetchJson(
          dataFiles.conditions,
          async () => (await parsers()).parseConditionsFile,
          signal,
        ),
      staleTime: Infinity,
    }),
  /** One drug with the sources it cites: what a card, a comparison column or a sheet reads. */
  drug: (id: string) =>
    queryOptions({
      queryKey: ['data', 'drug', id],
      queryFn: ({ signal }) =>
        fetchJson(
          dataFiles.drug(id),
          async () => (await parsers()).parseDrugFile,
          signal,
        ),
      staleTime: Infinity,
    }),
};

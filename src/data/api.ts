import { queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { fetchJson } from '@/lib/fetch-json';
import { DataFileError } from './data-error';
import { describeIssues } from './describe-issues';
import { conditionsFileSchema, sourcesFileSchema } from './files-schema';
import { parseDrugsFile } from './parse-drugs';

/** Paths relative to the app's base URL; also used by the msw handlers and the data check. */
export const dataFiles = {
  drugs: 'data/drugs.json',
  conditions: 'data/conditions.json',
  sources: 'data/sources.json',
} as const;

function strictParser<T>(schema: z.ZodMiniType<T>) {
  return (raw: unknown, file: string): T => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    throw new DataFileError(
      file,
      'schema',
      describeIssues(result.error.issues, raw),
    );
  };
}

/*
 * staleTime is Infinity on purpose: the files ship inside the build, so they cannot change while
 * this build is running. A new data version arrives only with a new deployment, which the app
 * announces and applies on reload; refetching in the background could only ever return the same
 * bytes or, mid-deploy, data that does not match the running code.
 */
export const dataQueries = {
  drugs: () =>
    queryOptions({
      queryKey: ['data', 'drugs'],
      queryFn: ({ signal }) =>
        fetchJson(dataFiles.drugs, parseDrugsFile, signal),
      staleTime: Infinity,
    }),
  conditions: () =>
    queryOptions({
      queryKey: ['data', 'conditions'],
      queryFn: ({ signal }) =>
        fetchJson(
          dataFiles.conditions,
          strictParser(conditionsFileSchema),
          signal,
        ),
      staleTime: Infinity,
    }),
  sources: () =>
    queryOptions({
      queryKey: ['data', 'sources'],
      queryFn: ({ signal }) =>
        fetchJson(dataFiles.sources, strictParser(sourcesFileSchema), signal),
      staleTime: Infinity,
    }),
};

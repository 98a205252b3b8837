import { useQueries } from '@tanstack/react-query';
import { dataQueries } from './api';
import type { Condition, Source } from './files-schema';
import type { DrugsFile } from './parse-drugs';

export type Dataset = {
  drugsFile: DrugsFile;
  conditions: Condition[];
  /** Empty when the page asked for the dataset without sources (the list). */
  sources: Source[];
};

export type Failure = { what: string; error: unknown; retry: () => void };

export type DatasetState =
  | { status: 'pending' }
  | { status: 'error'; failures: Failure[] }
  | { status: 'success'; data: Dataset };

/**
 * The three data files as one state, so every page renders pending, error and success the same
 * way and a failure names exactly which file failed.
 */
export function useDataset({
  withSources = true,
}: { withSources?: boolean } = {}): DatasetState {
  // The list never shows citations, so it does not wait for sources.json (a third of the data bytes).
  const [drugs, conditions, sources] = useQueries({
    queries: [
      dataQueries.drugs(),
      dataQueries.conditions(),
      { ...dataQueries.sources(), enabled: withSources },
    ],
  });
  const named = [
    { what: 'the drug list', query: drugs },
    { what: 'the condition list', query: conditions },
    { what: 'the source list', query: sources },
  ];
  const failures = named
    .filter(({ query }) => query.isError)
    .map(({ what, query }) => ({
      what,
      error: query.error,
      retry: () => void query.refetch(),
    }));
  if (failures.length > 0) return { status: 'error', failures };
  if (!drugs.data || !conditions.data || (withSources && !sources.data)) {
    return { status: 'pending' };
  }
  return {
    status: 'success',
    data: {
      drugsFile: drugs.data,
      conditions: conditions.data.conditions,
      sources: sources.data?.sources ?? [],
    },
  };
}

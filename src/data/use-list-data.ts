import { useQuery } from '@tanstack/react-query';
import { dataQueries } from './api';
import type { DataState, IndexedDataset } from './data-state';

/**
 * What the list reads: the index and the conditions, nothing else. Kept apart from useDataset
 * (which loads any number of drug files through useQueries) so the list's first download stays
 * small.
 */
export function useListData(): DataState<IndexedDataset> {
  const index = useQuery(dataQueries.index());
  const conditions = useQuery(dataQueries.conditions());
  const failures = [
    { what: 'the condition list', query: conditions },
    { what: 'the drug list', query: index },
  ]
    .filter(({ query }) => query.isError)
    .map(({ what, query }) => ({
      what,
      error: query.error,
      retry: () => void query.refetch(),
    }));
  if (failures.length > 0) return { status: 'error', failures };
  if (!index.data || !conditions.data) return { status: 'pending' };
  if (index.data.dataVersion !== conditions.data.dataVersion)
    return {
      status: 'error',
      failures: [],
      mixedVersions: [
        index.data.dataVersion,
        conditions.data.dataVersion,
      ].sort(),
    };
  return {
    status: 'success',
    failures: [],
    data: {
      dataVersion: index.data.dataVersion,
      index: index.data,
      conditions: conditions.data.conditions,
      drugs: [],
      sources: [],
    },
  };
}

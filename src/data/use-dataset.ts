import {
  useQueries,
  useQuery,
  type UseQueryResult,
} from '@tanstack/react-query';
import { dataQueries } from './api';
import type { Source } from './files-schema';
import type { DataState, Dataset, IndexedDataset } from './data-state';

type Request<WithIndex extends boolean> = {
  /** Load index.json too (the list fields of every drug). */
  index?: WithIndex;
  /** The drug files to load. */
  drugIds?: readonly string[];
};

/**
 * The data files a page needs, as one state, so every page renders pending, error and success
 * the same way and a failure names exactly which file failed. A drug file that fails does not
 * fail the page: the page shows the others and names the failure with Retry. Files from two data
 * versions are never combined: the page asks for a reload instead.
 */
export function useDataset<WithIndex extends boolean = false>({
  index,
  drugIds = [],
}: Request<WithIndex>): DataState<
  WithIndex extends true ? IndexedDataset : Dataset
> {
  const conditions = useQuery(dataQueries.conditions());
  const indexQuery = useQuery({
    ...dataQueries.index(),
    enabled: index === true,
  });
  const drugs = useQueries({
    queries: drugIds.map((id) => dataQueries.drug(id)),
  });
  const named: { what: string; query: UseQueryResult; drugId?: string }[] = [
    { what: 'the condition list', query: conditions },
    ...(index ? [{ what: 'the drug list', query: indexQuery }] : []),
    ...drugs.map((query, i) => ({
      what: `the entry for “${drugIds[i] ?? ''}”`,
      query,
      drugId: drugIds[i],
    })),
  ];
  const failures = named
    .filter(({ query }) => query.isError)
    .map(({ what, query, drugId }) => ({
      what,
      error: query.error,
      retry: () => void query.refetch(),
      ...(drugId === undefined ? {} : { drugId }),
    }));
  const shared = failures.filter((f) => f.drugId === undefined);
  if (shared.length > 0) return { status: 'error', failures };
  if (index && !indexQuery.data) return { status: 'pending' };
  if (named.some(({ query }) => query.isPending)) return { status: 'pending' };
  if (!conditions.data) return { status: 'pending' };

  const files = drugs.flatMap((q) => (q.data ? [q.data] : []));
  const versions = new Set([
    conditions.data.dataVersion,
    ...(indexQuery.data ? [indexQuery.data.dataVersion] : []),
    ...files.map((f) => f.dataVersion),
  ]);
  if (versions.size > 1)
    return {
      status: 'error',
      failures: [],
      mixedVersions: [...versions].sort(),
    };
  const sources = new Map<string, Source>();
  files.forEach((f) => f.sources.forEach((s) => sources.set(s.id, s)));
  return {
    status: 'success',
    failures,
    data: {
      dataVersion: conditions.data.dataVersion,
      drugs: files.map((f) => f.drug),
      conditions: conditions.data.conditions,
      sources: [...sources.values()],
      ...(indexQuery.data ? { index: indexQuery.data } : {}),
    } as WithIndex extends true ? IndexedDataset : Dataset,
  };
}

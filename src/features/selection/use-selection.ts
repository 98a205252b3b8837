import type { Drug } from '@/data/drug-schema';
import type { IndexEntry } from '@/data/index-schema';
import type { Dataset, Failure } from '@/data/data-state';
import { useDataset } from '@/data/use-dataset';
import { resolveIds } from './resolve-ids';

export type Selection = {
  /** URL ids found in the index, in URL order. */
  listed: IndexEntry[];
  /** Their drug files that loaded, in the same order. */
  drugs: Drug[];
  /** URL ids that no drug has. */
  unknownIds: string[];
};

/**
 * The drugs named in the URL, for compare and print. Their files are fetched in parallel with
 * the index (no waterfall); the index then tells an unknown id, named once in a notice, from a
 * listed drug whose file failed, which the page names with Retry.
 */
export function useSelection(
  ids: readonly string[],
  extraIds: readonly string[] = [],
) {
  const state = useDataset({
    index: true,
    drugIds: [...new Set([...ids, ...extraIds])],
  });
  const listedIds = new Set(
    state.status === 'success'
      ? (state.data.index?.drugs.map((d) => d.id) ?? [])
      : [],
  );
  const isUnknownId = (failure: Failure) =>
    failure.drugId !== undefined && !listedIds.has(failure.drugId);
  const select = (data: Dataset): Selection => {
    const { found, unknownIds } = resolveIds(ids, data.index?.drugs ?? []);
    const drugs = found.flatMap((entry) => {
      const drug = data.drugs.find((d) => d.id === entry.id);
      return drug ? [drug] : [];
    });
    return { listed: found, drugs, unknownIds };
  };
  return { state, isUnknownId, select };
}

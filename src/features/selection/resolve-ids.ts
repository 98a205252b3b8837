import type { Drug } from '@/data/drug-schema';

export type ResolvedSelection = { drugs: Drug[]; unknownIds: string[] };

/** Looks up URL ids in the data, keeping URL order (the column order) and naming the misses. */
export function resolveIds(
  ids: readonly string[],
  drugs: readonly Drug[],
): ResolvedSelection {
  const found: Drug[] = [];
  const unknownIds: string[] = [];
  for (const id of ids) {
    const drug = drugs.find((d) => d.id === id);
    if (drug) found.push(drug);
    else unknownIds.push(id);
  }
  return { drugs: found, unknownIds };
}

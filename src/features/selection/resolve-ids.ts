/** Looks up URL ids in the data, keeping URL order (the column order) and naming the misses. */
export function resolveIds<T extends { id: string }>(
  ids: readonly string[],
  items: readonly T[],
): { found: T[]; unknownIds: string[] } {
  const found: T[] = [];
  const unknownIds: string[] = [];
  for (const id of ids) {
    const item = items.find((d) => d.id === id);
    if (item) found.push(item);
    else unknownIds.push(id);
  }
  return { found, unknownIds };
}

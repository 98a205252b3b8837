/**
 * Differences between the committed index.json and the index the drug files define, named by
 * drug id and field, so a hand edit or a stale index is caught with what to look at.
 */
export function compareIndex(actual: unknown, expected: unknown): string[] {
  const a = actual as { drugs?: unknown } | null;
  const e = expected as { drugs: { id: string }[] };
  if (typeof a !== 'object' || a === null || !Array.isArray(a.drugs))
    return [
      'missing or not an index (expected { schemaVersion, dataVersion, drugs })',
    ];
  const problems: string[] = [];
  for (const key of ['schemaVersion', 'dataVersion'] as const) {
    const [x, y] = [
      (a as Record<string, unknown>)[key],
      (e as Record<string, unknown>)[key],
    ];
    if (x !== y)
      problems.push(
        `${key} is ${JSON.stringify(x)}, the drug files say ${JSON.stringify(y)}`,
      );
  }
  const byId = new Map(
    (a.drugs as { id?: unknown }[]).map((d) => [String(d?.id), d]),
  );
  for (const entry of e.drugs) {
    const committed = byId.get(entry.id);
    byId.delete(entry.id);
    if (!committed) {
      problems.push(`${entry.id}: missing (drugs/${entry.id}.json exists)`);
      continue;
    }
    for (const [field, value] of Object.entries(entry)) {
      const other = (committed as Record<string, unknown>)[field];
      if (JSON.stringify(other) !== JSON.stringify(value))
        problems.push(
          `${entry.id}.${field}: differs from drugs/${entry.id}.json`,
        );
    }
    for (const field of Object.keys(committed))
      if (!(field in entry))
        problems.push(
          `${entry.id}.${field}: not a list field (not in drugs/${entry.id}.json's index entry)`,
        );
  }
  for (const id of byId.keys())
    problems.push(
      `${id}: listed, but drugs/${id}.json does not exist or is invalid`,
    );
  const order = (a.drugs as { id?: unknown }[]).map((d) => String(d?.id));
  if (problems.length === 0 && order.join() !== e.drugs.map((d) => d.id).join())
    problems.push('entries are not in id order');
  return problems;
}

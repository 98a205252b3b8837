import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import { chipsFor } from '@/domain/status-chips';
import { describeQualifiers } from '@/domain/status-qualifiers';
import { rowMarks, citedAtOf } from '@/domain/comparison/cells';
import type { Cell, Row } from '@/domain/comparison/types';

/**
 * The regulatory matrix: one row per condition any compared drug lists, per region in view.
 * Equality is judged on status kinds (enum ids), so wording of restrictions never hides or fakes a difference.
 * The chosen condition, if any, comes first; the rest are alphabetical.
 */
export function regulatoryRows(
  drugs: readonly Drug[],
  regions: readonly Region[],
  conditions: readonly Condition[],
  focus?: string,
): Row[] {
  const listed = new Set(
    drugs.flatMap((d) => d.indications.map((i) => i.conditionId)),
  );
  const named = conditions
    .filter((c) => listed.has(c.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const ordered = [
    ...named.filter((c) => c.id === focus),
    ...named.filter((c) => c.id !== focus),
  ];
  return ordered.flatMap((condition) =>
    regions.map((region) => {
      const cells = drugs.map((drug): Cell => {
        const chips = chipsFor(drug, condition.id, region, conditions);
        const statuses =
          drug.indications.find((i) => i.conditionId === condition.id)
            ?.statuses ?? [];
        const details = statuses.flatMap((s) =>
          'status' in s && s.region === region && s.status !== 'not-approved'
            ? describeQualifiers(s)
            : [],
        );
        const known = chips.filter((c) => c.kind !== 'unverified');
        return {
          text: chips.map((c) => c.label).join('; '),
          // Equality on the known status kinds: an unverified status is a gap, not a value.
          norm: known
            .map((c) => c.kind)
            .sort()
            .join(','),
          ...(known.length === 0 && chips.length > 0 ? { gap: true } : {}),
          sourceIds: [...new Set(chips.flatMap((c) => c.sourceIds))],
          citedAt: citedAtOf(chips),
          chips,
          details,
        };
      });
      return {
        id: `status-${condition.id}-${region}`,
        group: 'regulatory' as const,
        conditionId: condition.id,
        topic: condition.name,
        region,
        label:
          regions.length > 1 ? `${condition.name} (${region})` : condition.name,
        cells,
        ...rowMarks(cells),
      };
    }),
  );
}

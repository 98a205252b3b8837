import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import { conditionAreaLabels } from '@/data/labels';
import { chipsFor } from '@/data/status-chips';
import type { DrugIndexEntry } from './drug-index';

export type ConditionCounts = {
  approved: number;
  subtypeOnly: number;
  offLabel: number;
};
export type ConditionOption = { condition: Condition; counts: ConditionCounts };
export type ConditionGroup = { area: string; options: ConditionOption[] };

/**
 * The combobox's options: every condition, grouped by clinical area (alphabetical), with counts for
 * the chosen region(s): approved for the whole condition, approved for a sub-type only, off-label.
 */
export function conditionGroups(
  conditions: readonly Condition[],
  drugs: readonly DrugIndexEntry[],
  regions: readonly Region[],
): ConditionGroup[] {
  const options = conditions.map((condition) => ({
    condition,
    counts: countFor(condition.id, drugs, regions, conditions),
  }));
  const areas = [...new Set(conditions.map((c) => c.area))].sort((a, b) =>
    conditionAreaLabels[a].localeCompare(conditionAreaLabels[b], 'en'),
  );
  return areas.map((area) => ({
    area: conditionAreaLabels[area],
    options: options
      .filter((o) => o.condition.area === area)
      .sort((a, b) => a.condition.name.localeCompare(b.condition.name, 'en')),
  }));
}

function countFor(
  conditionId: string,
  drugs: readonly DrugIndexEntry[],
  regions: readonly Region[],
  conditions: readonly Condition[],
): ConditionCounts {
  const counts = { approved: 0, subtypeOnly: 0, offLabel: 0 };
  for (const drug of drugs) {
    const kinds = new Set(
      regions.flatMap((r) =>
        chipsFor(drug, conditionId, r, conditions).map((c) => c.kind),
      ),
    );
    if (kinds.has('approved')) counts.approved += 1;
    else if (kinds.has('approved-subtype')) counts.subtypeOnly += 1;
    else if (kinds.has('off-label')) counts.offLabel += 1;
  }
  return counts;
}

/** Matches a typed text against a condition's name and synonyms ("PsA", "AD", "NOMID", "Still"). */
export function conditionMatches(condition: Condition, typed: string): boolean {
  const text = typed.trim().toLowerCase();
  if (!text) return true;
  return [condition.name, ...condition.synonyms].some((label) =>
    label.toLowerCase().includes(text),
  );
}

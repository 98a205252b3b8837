import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import { conditionAreaLabels } from '@/domain/labels';
import { chipsFor } from '@/domain/status-chips';
import { withinOneEdit } from './text-match';
import type { DrugIndexEntry } from '@/domain/browse/drug-index';

export type ConditionCounts = {
  approved: number;
  subtypeOnly: number;
  offLabel: number;
  /** Drugs listed for the condition whose status here is not verified (never counted as not approved). */
  unverified: number;
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
  const counts = { approved: 0, subtypeOnly: 0, offLabel: 0, unverified: 0 };
  for (const drug of drugs) {
    const kinds = new Set(
      regions.flatMap((r) =>
        chipsFor(drug, conditionId, r, conditions).map((c) => c.kind),
      ),
    );
    if (kinds.has('approved')) counts.approved += 1;
    else if (kinds.has('approved-subtype')) counts.subtypeOnly += 1;
    else if (kinds.has('off-label')) counts.offLabel += 1;
    else if (kinds.has('unverified')) counts.unverified += 1;
  }
  return counts;
}

/** Lower case, no apostrophes, single spaces: "Crohn's" and "Crohns" read the same. */
const normalised = (text: string) =>
  text.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ').trim();

/**
 * How well a typed text matches a condition's name or synonyms ("PsA", "AD", "NOMID", "Still"):
 * 0 exact, 1 prefix, 2 start of a word, 3 anywhere, 4 or 5 every typed word of 5+ letters within
 * one slip of a word of the name ("psoratic arthritis", "hydradenitis"; 4 when the typed words are
 * the whole name); undefined when it does not match. Orders suggestions so "PsA" offers psoriatic arthritis before juvenile PsA. Drugs are
 * never ranked.
 */
export function conditionMatchScore(
  condition: Condition,
  typed: string,
): number | undefined {
  const text = normalised(typed);
  if (!text) return 3;
  const typedWords = text.split(' ');
  const scores = [condition.name, ...condition.synonyms].map(
    (label): number | undefined => {
      const lower = normalised(label);
      if (lower === text) return 0;
      if (lower.startsWith(text)) return 1;
      const words = lower.split(/[\s(/-]+/).filter(Boolean);
      if (words.some((word) => word.startsWith(text))) return 2;
      if (lower.includes(text)) return 3;
      const nearly = typedWords.every((typedWord) =>
        words.some(
          (word) =>
            word.startsWith(typedWord) ||
            (typedWord.length >= 5 &&
              (withinOneEdit(typedWord, word) ||
                withinOneEdit(typedWord, word.slice(0, typedWord.length)))),
        ),
      );
      // A slip in a whole name ("psoratic arthritis") before a name that contains it (juvenile…).
      if (!nearly) return undefined;
      return words.length === typedWords.length ? 4 : 5;
    },
  );
  const found = scores.filter((x): x is number => x !== undefined);
  return found.length > 0 ? Math.min(...found) : undefined;
}

/** The groups and options that match a typed text, best matches first; alphabetical when nothing is typed. */
export function matchingGroups(
  groups: readonly ConditionGroup[],
  typed: string,
): ConditionGroup[] {
  const scored = groups
    .map((group) => {
      const options = group.options
        .map((option) => ({
          option,
          score: conditionMatchScore(option.condition, typed),
        }))
        .filter(
          (x): x is { option: ConditionOption; score: number } =>
            x.score !== undefined,
        )
        .sort(
          (a, b) =>
            a.score - b.score ||
            a.option.condition.name.localeCompare(
              b.option.condition.name,
              'en',
            ),
        );
      return {
        group: { ...group, options: options.map((x) => x.option) },
        best: options[0]?.score ?? Infinity,
      };
    })
    .filter((x) => x.group.options.length > 0);
  return scored.sort((a, b) => a.best - b.best).map((x) => x.group);
}

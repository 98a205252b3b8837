import type { IndexIndication, IndexStatus } from '@/data/index-schema';
import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';

export type ChipKind =
  | 'approved'
  | 'approved-subtype'
  | 'emergency-use'
  | 'off-label'
  | 'investigational'
  | 'not-recommended'
  | 'refused'
  | 'withdrawn'
  | 'not-approved'
  | 'unverified'
  | 'not-covered';

export type StatusChip = {
  kind: ChipKind;
  label: string;
  /** An approval's restriction in full, also inside `label`; paper prints it once as a lettered note. */
  restriction?: string;
  sourceIds: string[];
  /** The status's locator in its sources, for references on paper. */
  locator?: string | undefined;
};

const year = (date: string | undefined) => (date ? ` ${date.slice(0, 4)}` : '');

type ShownEvidence = Extract<
  NonNullable<IndexIndication['evidence']>,
  { use: unknown }
>;
/** An indication as the index stores it, or as a drug file does (with provenance). */
type ChipIndication = {
  conditionId: string;
  statuses: readonly (IndexStatus & Provenance)[];
  evidence?: (ShownEvidence & Provenance) | { unverified: true };
};
/** Provenance is present on statuses read from a drug file, absent on those read from the index. */
type Provenance = { sourceIds?: string[]; locator?: string };

const evidenceLabel = (evidence: ShownEvidence) =>
  `${{ 'off-label': 'Off-label', investigational: 'Investigational', 'not-recommended': 'Not recommended' }[evidence.use]} · ${evidence.level.replace('-', ' ')} evidence`;

/** The words of one regulatory status entry, with its qualifiers, as shown on a chip. */
export function chipForStatus(
  status: IndexStatus & Provenance,
  subtypeName?: string,
): StatusChip {
  if ('unverified' in status)
    return {
      kind: 'unverified',
      label: 'Not verified: see the label',
      sourceIds: [],
    };
  const chip = chipFor(status, subtypeName);
  return status.locator ? { ...chip, locator: status.locator } : chip;
}

function chipFor(
  status: Extract<IndexStatus, { status: unknown }> & Provenance,
  subtypeName: string | undefined,
): StatusChip {
  const sourceIds = status.sourceIds ?? [];
  switch (status.status) {
    case 'approved': {
      const only = status.subtypeOnly ?? subtypeName;
      if (only)
        return {
          kind: 'approved-subtype',
          label: `Approved (${only} only)`,
          sourceIds,
        };
      const { restriction } = status;
      if (restriction)
        return {
          kind: 'approved',
          label: `Approved with restriction: ${restriction}`,
          restriction,
          sourceIds,
        };
      return { kind: 'approved', label: 'Approved', sourceIds };
    }
    case 'emergency-use':
      return {
        kind: 'emergency-use',
        label: status.revoked
          ? `Emergency use (ended${year(status.revokedDate)})`
          : 'Emergency use',
        sourceIds,
      };
    case 'refused':
      return {
        kind: 'refused',
        label: `Refused${year(status.date)}`,
        sourceIds,
      };
    case 'withdrawn':
      return {
        kind: 'withdrawn',
        label: `Withdrawn${year(status.date)}`,
        sourceIds,
      };
    case 'not-approved':
      return { kind: 'not-approved', label: 'Not approved', sourceIds };
  }
}

/** Conditions below `conditionId` in the parent tree (sub-types), not including itself. */
export function descendantsOf(
  conditionId: string,
  conditions: readonly Condition[],
): Condition[] {
  const found: Condition[] = [];
  const queue = [conditionId];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const condition of conditions) {
      if (
        condition.parentIds.includes(parent ?? '') &&
        !found.includes(condition)
      ) {
        found.push(condition);
        queue.push(condition.id);
      }
    }
  }
  return found;
}

/**
 * Chips for one drug, one condition, one region, from both axes. Approvals for a sub-type show
 * as "Approved (<sub-type> only)". A pair the data does not list is "not covered", never
 * "not approved": absence of an entry is not evidence of absence of an approval.
 */
export function chipsFor(
  drug: { indications: readonly ChipIndication[] },
  conditionId: string,
  region: Region,
  conditions: readonly Condition[],
): StatusChip[] {
  const chips: StatusChip[] = [];
  const direct = drug.indications.find((i) => i.conditionId === conditionId);
  direct?.statuses
    .filter((s) => s.region === region)
    .forEach((s) => chips.push(chipForStatus(s)));
  // Sub-type approvals matter only when the condition as a whole is not approved in this region.
  const wholeApproved = chips.some((c) => c.kind === 'approved');
  for (const sub of wholeApproved
    ? []
    : descendantsOf(conditionId, conditions)) {
    const indication = drug.indications.find((i) => i.conditionId === sub.id);
    indication?.statuses
      .filter(
        (s) => s.region === region && 'status' in s && s.status === 'approved',
      )
      .forEach((s) =>
        chips.push(chipForStatus(s, sub.synonyms[0] ?? sub.name)),
      );
  }
  const hasApproval = chips.some(
    (c) => c.kind === 'approved' || c.kind === 'approved-subtype',
  );
  if (direct?.evidence && 'use' in direct.evidence && !hasApproval) {
    const evidence = direct.evidence;
    chips.push({
      kind: evidence.use,
      label: evidenceLabel(evidence),
      sourceIds: evidence.sourceIds ?? [],
      ...(evidence.locator ? { locator: evidence.locator } : {}),
    });
  }
  const meaningful = chips.filter(
    (c) => c.kind !== 'not-approved' || chips.length === 1,
  );
  if (meaningful.length === 0)
    return [{ kind: 'not-covered', label: 'Not covered', sourceIds: [] }];
  return meaningful;
}

import type { IndexIndication, IndexStatus } from '@/data/index-schema';
import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import { shownDate } from '@/domain/dates';

export type ChipKind =
  | 'approved'
  | 'approved-subtype'
  | 'emergency-use'
  | 'off-label'
  | 'investigational'
  | 'development-stopped'
  | 'not-recommended'
  | 'refused'
  | 'withdrawn'
  | 'not-approved'
  | 'unverified'
  | 'not-covered';

export type StatusChip = {
  kind: ChipKind;
  /** The chip's words, the same on the card, in the comparison, in the CSV and on paper. */
  label: string;
  /** An approval's restriction in full, also inside `label`; paper prints it once as a lettered note. */
  restriction?: string;
  /** Set when the approval rests on the holder's or regulator's announcement, not label text. */
  announced?: boolean;
  sourceIds: string[];
  /** The status's locator in its sources, for references on paper. */
  locator?: string | undefined;
};

/** What the chip says when the data does not know the status. Never "not approved". */
export const UNVERIFIED_STATUS = 'Status not verified: check the label';

type ShownEvidence = Extract<
  NonNullable<IndexIndication['evidence']>,
  { use: unknown }
>;
/** Provenance is present on statuses read from a drug file, absent on those read from the index. */
type Provenance = { sourceIds?: string[]; locator?: string };
/** An indication as the index stores it, or as a drug file does (with provenance). */
type ChipIndication = {
  conditionId: string;
  statuses: readonly (IndexStatus & Provenance)[];
  evidence?: (ShownEvidence & Provenance) | { unverified: true };
};
type KnownStatus = Extract<IndexStatus, { status: unknown }> & Provenance;

const levelWords = (level: ShownEvidence['level']) =>
  `${level.replace('-', ' ')} evidence`;

/** The evidence axis in words: the use, whether development goes on, and the level. */
export function evidenceChip(evidence: ShownEvidence & Provenance): StatusChip {
  const stopped =
    evidence.use === 'investigational' && evidence.development === 'stopped';
  const kind: ChipKind = stopped ? 'development-stopped' : evidence.use;
  const words = {
    'off-label': 'Off-label',
    investigational: 'Investigational',
    'development-stopped': 'Studied; development stopped',
    'not-recommended': 'Not recommended',
  }[
    kind as
      | 'off-label'
      | 'investigational'
      | 'development-stopped'
      | 'not-recommended'
  ];
  return {
    kind,
    label: `${words} · ${levelWords(evidence.level)}`,
    sourceIds: evidence.sourceIds ?? [],
    ...(evidence.locator ? { locator: evidence.locator } : {}),
  };
}

const ageWords = (a: { value: number; unit: 'years' | 'months' }) =>
  `${a.value} ${a.value === 1 ? a.unit.slice(0, -1) : a.unit}`;

/**
 * Whom a status applies to, in a few words: "adults", "12 years and older", "2 to 17 years",
 * "IV". Used when a region has more than one status for a condition, so chips never look alike.
 */
export function whomFor(status: KnownStatus): string | undefined {
  const p = status.population;
  const parts: string[] = [];
  if (p?.minAge && p.maxAge)
    parts.push(
      p.minAge.unit === p.maxAge.unit
        ? `${p.minAge.value} to ${ageWords(p.maxAge)}`
        : `${ageWords(p.minAge)} to ${ageWords(p.maxAge)}`,
    );
  else if (p?.minAge)
    parts.push(
      p.minAge.unit === 'years' && p.minAge.value >= 18
        ? 'adults'
        : `${ageWords(p.minAge)} and older`,
    );
  else if (p?.maxAge) parts.push(`under ${ageWords(p.maxAge)}`);
  if (p?.minWeightKg) parts.push(`≥ ${p.minWeightKg} kg`);
  if (status.formulation) parts.push(status.formulation);
  if (parts.length === 0 && p) parts.push(p.text);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

type ChipParts = {
  kind: ChipKind;
  base: string;
  whom: string[];
  restriction?: string | undefined;
  suffix?: string | undefined;
  announced?: boolean;
  sourceIds: string[];
  locator?: string | undefined;
};

function partsFor(
  status: IndexStatus & Provenance,
  subtypeName: string | undefined,
): ChipParts {
  if ('unverified' in status)
    return {
      kind: 'unverified',
      base: UNVERIFIED_STATUS,
      whom: [],
      sourceIds: [],
    };
  const sourceIds = status.sourceIds ?? [];
  const common = { whom: [], sourceIds, locator: status.locator };
  switch (status.status) {
    case 'approved': {
      const only = status.subtypeOnly ?? subtypeName;
      const announced = status.basis === 'announcement';
      return {
        ...common,
        kind: only ? 'approved-subtype' : 'approved',
        base: only ? `Approved (${only} only)` : 'Approved',
        restriction: only ? undefined : status.restriction,
        ...(announced
          ? {
              announced,
              suffix: `announced ${status.date ? shownDate(status.date, status.datePrecision) : 'date not known'}; label text not checked`,
            }
          : {}),
      };
    }
    case 'emergency-use':
      return {
        ...common,
        kind: 'emergency-use',
        base: 'Emergency use',
        suffix: status.revoked
          ? `ended${status.revokedDate ? ` ${status.revokedDate}` : ''}`
          : undefined,
      };
    case 'refused':
      return {
        ...common,
        kind: 'refused',
        base: `Refused${status.date ? ` ${shownDate(status.date, status.datePrecision)}` : ''}`,
      };
    case 'withdrawn':
      return {
        ...common,
        kind: 'withdrawn',
        base: `Withdrawn${status.date ? ` ${shownDate(status.date, status.datePrecision)}` : ''}`,
      };
    case 'not-approved':
      return { ...common, kind: 'not-approved', base: 'Not approved' };
  }
}

function toChip(parts: ChipParts): StatusChip {
  const qualifiers = [
    ...(parts.whom.length > 0 ? [parts.whom.join('; ')] : []),
    ...(parts.suffix ? [parts.suffix] : []),
  ];
  const label = `${parts.base}${qualifiers.length > 0 ? ` (${qualifiers.join('; ')})` : ''}${parts.restriction ? ` with restriction: ${parts.restriction}` : ''}`;
  return {
    kind: parts.kind,
    label,
    ...(parts.restriction ? { restriction: parts.restriction } : {}),
    ...(parts.announced ? { announced: true } : {}),
    sourceIds: parts.sourceIds,
    ...(parts.locator ? { locator: parts.locator } : {}),
  };
}

/** The words of one regulatory status entry, with its qualifiers, as shown on a chip. */
export function chipForStatus(
  status: IndexStatus & Provenance,
  subtypeName?: string,
): StatusChip {
  return toChip(partsFor(status, subtypeName));
}

/**
 * Chips for several statuses of one region: each names whom it applies to when there is more
 * than one, and statuses that read the same (same kind, restriction and dates) become one chip
 * naming all their populations, with their sources merged.
 */
function chipsForStatuses(
  statuses: readonly (IndexStatus & Provenance)[],
  subtypeName?: (status: IndexStatus) => string | undefined,
): StatusChip[] {
  const parts = statuses.map((s) => {
    const p = partsFor(s, subtypeName?.(s));
    const whom = 'status' in s && statuses.length > 1 ? whomFor(s) : undefined;
    return { ...p, whom: whom ? [whom] : [] };
  });
  const merged: ChipParts[] = [];
  for (const p of parts) {
    const same = merged.find(
      (m) =>
        m.kind === p.kind &&
        m.base === p.base &&
        m.restriction === p.restriction &&
        m.suffix === p.suffix,
    );
    if (!same) {
      merged.push({ ...p, whom: [...p.whom] });
      continue;
    }
    p.whom.forEach((w) => {
      if (!same.whom.includes(w)) same.whom.push(w);
    });
    same.sourceIds = [...new Set([...same.sourceIds, ...p.sourceIds])];
    if (p.locator && p.locator !== same.locator)
      same.locator = same.locator ? `${same.locator}; ${p.locator}` : p.locator;
  }
  return merged.map(toChip);
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
 * "not approved": absence of an entry is not evidence of absence of an approval. An unverified
 * status says so; it is never counted as not approved.
 */
export function chipsFor(
  drug: { indications: readonly ChipIndication[] },
  conditionId: string,
  region: Region,
  conditions: readonly Condition[],
): StatusChip[] {
  const direct = drug.indications.find((i) => i.conditionId === conditionId);
  const chips = chipsForStatuses(
    direct?.statuses.filter((s) => s.region === region) ?? [],
  );
  // Sub-type approvals matter only when the condition as a whole is not approved in this region.
  const wholeApproved = chips.some((c) => c.kind === 'approved');
  for (const sub of wholeApproved
    ? []
    : descendantsOf(conditionId, conditions)) {
    const indication = drug.indications.find((i) => i.conditionId === sub.id);
    const approvals =
      indication?.statuses.filter(
        (s) => s.region === region && 'status' in s && s.status === 'approved',
      ) ?? [];
    chips.push(
      ...chipsForStatuses(approvals, () => sub.synonyms[0] ?? sub.name),
    );
  }
  const hasApproval = chips.some(
    (c) => c.kind === 'approved' || c.kind === 'approved-subtype',
  );
  if (direct?.evidence && 'use' in direct.evidence && !hasApproval)
    chips.push(evidenceChip(direct.evidence));
  const meaningful = chips.filter(
    (c) => c.kind !== 'not-approved' || chips.length === 1,
  );
  if (meaningful.length === 0)
    return [{ kind: 'not-covered', label: 'Not covered', sourceIds: [] }];
  return meaningful;
}

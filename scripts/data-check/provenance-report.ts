import { walk } from './check-rules';
import { formatPath } from '@/data/describe-issues';
import type { Drug } from '@/data/drug-schema';
import type { Source } from '@/data/files-schema';

const secondaryKinds: ReadonlySet<Source['kind']> = new Set([
  'review',
  'press-release',
]);

export type SecondaryOnlyClaim = {
  drugId: string;
  /** Field path inside the entry, e.g. `dosing[3]`. */
  path: string;
  /** The entry's top-level field, for a summary by field. */
  field: string;
};

/**
 * Claims whose every source is a drug-information site, a manufacturer page or a company
 * announcement. The data rules allow them (only approvals, emergency use and evidence need
 * label, regulator or trial sources), but they are weaker than a label, SmPC, regulator document
 * or trial, so data:check counts them and the list should shrink as labels are read. Refusals,
 * withdrawals and "never approved in the US" are left out: a company announcement is the public
 * record the rules ask for.
 */
export function secondaryOnlyClaims(
  drugs: readonly Drug[],
  sources: readonly Source[],
): SecondaryOnlyClaim[] {
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const isSecondary = (id: unknown) => {
    const kind = typeof id === 'string' ? kindOf.get(id) : undefined;
    return kind !== undefined && secondaryKinds.has(kind);
  };
  return drugs.flatMap((drug) =>
    walk(drug, [])
      .filter(({ value }) => {
        const ids = value.sourceIds;
        return (
          Array.isArray(ids) &&
          ids.length > 0 &&
          ids.every(isSecondary) &&
          value.status !== 'refused' &&
          value.status !== 'withdrawn' &&
          value.notApprovedInUS !== true
        );
      })
      .map(({ path }) => ({
        drugId: drug.id,
        path: formatPath(path),
        field: String(path[0]),
      })),
  );
}

/** Values shown as "Not verified": every `{ unverified: true }` in the entries. */
export function unverifiedValues(drugs: readonly Drug[]) {
  return drugs.flatMap((drug) =>
    walk(drug, [])
      .filter(({ value }) => value.unverified === true)
      .map(({ path }) => ({ drugId: drug.id, path: formatPath(path) })),
  );
}

/** Approvals that rest on an announcement because the label text was not read. */
export function announcedStatuses(drugs: readonly Drug[]) {
  return drugs.flatMap((drug) =>
    walk(drug, [])
      .filter(({ value }) => value.basis === 'announcement')
      .map(({ path }) => ({ drugId: drug.id, path: formatPath(path) })),
  );
}

/** The newest year a source's `version` names ("2025-10", "Revised: 10/2025"); undefined if undated. */
export function versionYear(version: string): number | undefined {
  const years = [...version.matchAll(/\b(19|20)\d{2}\b/g)].map((m) =>
    Number(m[0]),
  );
  return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * Claims that cite a label or SmPC, but only versions older than three years (or undated ones):
 * an old label can simply be out of date.
 */
export function staleLabelClaims(
  drugs: readonly Drug[],
  sources: readonly Source[],
  today: string,
) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cutoff = Number(today.slice(0, 4)) - 3;
  const isLabel = (s: Source | undefined) =>
    s !== undefined && (s.kind === 'label' || s.kind === 'smpc');
  const isRecent = (s: Source) => (versionYear(s.version) ?? 0) >= cutoff;
  return drugs.flatMap((drug) =>
    walk(drug, [])
      .filter(({ value }) => {
        if (!Array.isArray(value.sourceIds)) return false;
        const labels = value.sourceIds
          .map((id) => byId.get(String(id)))
          .filter((s): s is Source => isLabel(s));
        return labels.length > 0 && !labels.some(isRecent);
      })
      .map(({ path }) => ({ drugId: drug.id, path: formatPath(path) })),
  );
}

import { walk } from './check-rules';
import { formatPath } from './describe-issues';
import type { Drug } from './drug-schema';
import type { Source } from './files-schema';

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

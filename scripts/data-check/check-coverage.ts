import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import type { Condition, Source } from '@/data/files-schema';

/** Population words that mean the dosing row is for children. */
const childWords = /child|paediatr|pediatr|infant|adolescent|juvenile/i;

/** Dosing written for a parent condition (e.g. CAPS, Still's disease) covers its sub-types. */
export function ancestorsOf(
  conditionId: string,
  conditions: Map<string, Condition>,
): string[] {
  const found: string[] = [];
  const queue = [...(conditions.get(conditionId)?.parentIds ?? [])];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (found.includes(id)) continue;
    found.push(id);
    queue.push(...(conditions.get(id)?.parentIds ?? []));
  }
  return found;
}

export function dosingCoverage(
  drug: Drug,
  conditionIds: string[],
  region: Region,
  minAge: { value: number; unit: 'years' | 'months' } | undefined,
  path: string,
): string[] {
  const rows = drug.dosing.filter(
    (d) =>
      d.region === region &&
      d.conditionId !== undefined &&
      conditionIds.includes(d.conditionId),
  );
  if (rows.length === 0) {
    return [
      `${path}: approved, but there is no ${region} dosing for "${conditionIds[0]}"`,
    ];
  }
  const years = minAge
    ? minAge.unit === 'months'
      ? minAge.value / 12
      : minAge.value
    : 18;
  if (years >= 18) return [];
  const paediatric = rows.some((d) => {
    const age = 'minAge' in d ? d.minAge : undefined;
    if (age) return (age.unit === 'months' ? age.value / 12 : age.value) < 18;
    return childWords.test(d.population);
  });
  return paediatric
    ? []
    : [
        `${path}: approved below age 18, but no ${region} dosing for "${conditionIds[0]}" covers children`,
      ];
}

/**
 * The boxed-warning claim must cite the US label, present or not. A drug never approved in the US
 * has no label: it says so (notApprovedInUS) and cites the US regulatory record instead.
 */
export function boxedWarningProblems(
  drug: Drug,
  sourceOf: (id: string) => Source | undefined,
): string[] {
  const boxed = drug.boxedWarning;
  if (!('sourceIds' in boxed))
    return [
      'boxedWarning: must be a verified claim citing the US label (present or not)',
    ];
  const cited = boxed.sourceIds.map(sourceOf);
  if ('notApprovedInUS' in boxed && boxed.notApprovedInUS) {
    const usApproval = drug.indications.some((i) =>
      i.statuses.some(
        (s) =>
          'status' in s &&
          s.region === 'US' &&
          (s.status === 'approved' || s.status === 'emergency-use'),
      ),
    );
    if (usApproval)
      return [
        'boxedWarning: notApprovedInUS is set, but the entry has a US approval',
      ];
    return cited.some(
      (s) => s?.kind === 'regulator' || s?.kind === 'press-release',
    )
      ? []
      : [
          'boxedWarning: notApprovedInUS must cite the US regulatory record (regulator document or dated public record)',
        ];
  }
  return cited.some((s) => s?.kind === 'label' && s.region === 'US')
    ? []
    : [
        'boxedWarning: must be a verified claim citing the US label (present or not)',
      ];
}

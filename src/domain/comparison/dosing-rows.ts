import { isSourced } from '@/data/claim-guards';
import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import { topicLabels } from '@/domain/labels';
import {
  rowMarks,
  citedAtOf,
  emptyCell,
  listCell,
  unverifiedCell,
} from '@/domain/comparison/cells';
import {
  formatHalfLife,
  halfLifeHours,
  halfLifeUnit,
} from '@/domain/half-life';
import type { Cell, Row } from '@/domain/comparison/types';

const suffix = (regions: readonly Region[], region: Region) =>
  regions.length > 1 ? ` (${region})` : '';

/** Dosing per condition and region, with the chosen condition first; words as on the label, nothing computed. */
export function dosingRows(
  drugs: readonly Drug[],
  regions: readonly Region[],
  conditions: readonly Condition[],
  focus?: string,
): Row[] {
  const ids = [
    ...new Set(drugs.flatMap((d) => d.dosing.map((x) => x.conditionId ?? ''))),
  ];
  const nameOf = (id: string) =>
    id ? (conditions.find((c) => c.id === id)?.name ?? id) : 'All indications';
  const ordered = ids.sort((a, b) =>
    a === focus
      ? -1
      : b === focus
        ? 1
        : nameOf(a).localeCompare(nameOf(b), 'en'),
  );
  return ordered.flatMap((conditionId) =>
    regions.map((region) => {
      const cells = drugs.map((drug) => {
        const rows = drug.dosing.filter(
          (x) => x.region === region && (x.conditionId ?? '') === conditionId,
        );
        return listCell(
          rows,
          (x) =>
            [x.population, x.phase, x.formulation, x.weightBand]
              .filter(Boolean)
              .join(', ') + `: ${x.regimen}`,
          'No dosing listed',
        );
      });
      return {
        id: `dosing-${conditionId || 'all'}-${region}`,
        group: 'dosing' as const,
        ...(conditionId ? { conditionId } : {}),
        topic: `Dosing: ${nameOf(conditionId)}`,
        region,
        label: `Dosing: ${nameOf(conditionId)}${suffix(regions, region)}`,
        cells,
        ...rowMarks(cells),
      };
    }),
  );
}

/**
 * Half-life in one unit per row (hours when every value is under 48 hours, else days), so the
 * numbers line up; equality is judged in hours, so equal values in different units are equal.
 */
export function halfLifeRow(drugs: readonly Drug[]): Row {
  const known = drugs.map((d) => d.halfLife).filter(isSourced);
  const unit = halfLifeUnit(known);
  const cells = drugs.map((d): Cell => {
    const claim = d.halfLife;
    if (!isSourced(claim)) return unverifiedCell(claim.note);
    const { min, max } = halfLifeHours(claim);
    return {
      text: `${formatHalfLife(claim, unit)} (${claim.text})`,
      norm: `${Math.round(min * 10)}-${Math.round(max * 10)}`,
      sourceIds: claim.sourceIds,
      citedAt: citedAtOf([claim]),
    };
  });
  return {
    id: 'half-life',
    group: 'dosing',
    label: `Half-life (${unit === 'd' ? 'days' : 'hours'})`,
    cells,
    ...rowMarks(cells),
  };
}

/** US boxed warning: topics (compared as enum ids) and summary. EU labels have none, which the row says. */
export function boxedWarningRow(
  drugs: readonly Drug[],
  region: Region,
  regions: readonly Region[],
): Row {
  const cells = drugs.map((d): Cell => {
    if (region === 'EU')
      return {
        text: 'EU labels do not use boxed warnings',
        norm: 'eu',
        sourceIds: [],
      };
    const boxed = d.boxedWarning;
    if (!isSourced(boxed)) return unverifiedCell(boxed.note);
    if (!boxed.present && boxed.notApprovedInUS) {
      return {
        text: 'Not approved in the US (no US label)',
        norm: 'no-us-label',
        sourceIds: boxed.sourceIds,
        citedAt: citedAtOf([boxed]),
      };
    }
    if (!boxed.present)
      return {
        ...emptyCell('No boxed warning'),
        sourceIds: boxed.sourceIds,
        citedAt: citedAtOf([boxed]),
      };
    return {
      text: `${boxed.topics.map((t) => topicLabels[t]).join(', ')}. ${boxed.summary}`,
      norm: [...boxed.topics].sort().join(','),
      sourceIds: boxed.sourceIds,
      citedAt: citedAtOf([boxed]),
    };
  });
  return {
    id: `boxed-${region}`,
    group: 'dosing',
    label: `Boxed warning${suffix(regions, region)}`,
    topic: 'Boxed warning',
    region,
    cells,
    ...rowMarks(cells),
  };
}

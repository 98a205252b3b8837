import { isSourced } from '@/data/claim-guards';
import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import { topicLabels } from '@/domain/labels';
import {
  cellsDiffer,
  citedAtOf,
  emptyCell,
  listCell,
  unverifiedCell,
} from '@/domain/comparison/cells';
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
        differs: cellsDiffer(cells),
      };
    }),
  );
}

/** Half-life in one unit per row (hours, or days when any value reaches 3 days), so the numbers line up. */
export function halfLifeRow(drugs: readonly Drug[]): Row {
  const hours = (value: number, unit: 'h' | 'd') =>
    unit === 'd' ? value * 24 : value;
  const maxHours = Math.max(
    0,
    ...drugs.map((d) =>
      isSourced(d.halfLife) ? hours(d.halfLife.max, d.halfLife.unit) : 0,
    ),
  );
  const unit = maxHours >= 72 ? 'd' : 'h';
  const show = (h: number) =>
    String(Math.round((unit === 'd' ? h / 24 : h) * 10) / 10);
  const cells = drugs.map((d): Cell => {
    const claim = d.halfLife;
    if (!isSourced(claim)) return unverifiedCell(claim.note);
    const [min, max] = [
      hours(claim.min, claim.unit),
      hours(claim.max, claim.unit),
    ];
    const range = min === max ? show(min) : `${show(min)}–${show(max)}`;
    return {
      text: `${range} ${unit === 'd' ? 'days' : 'hours'} (${claim.text})`,
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
    differs: cellsDiffer(cells),
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
    differs: cellsDiffer(cells),
  };
}

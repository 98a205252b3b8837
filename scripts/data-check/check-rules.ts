import { formatPath } from '@/data/describe-issues';
import type { Drug } from '@/data/drug-schema';
import {
  ancestorsOf,
  boxedWarningProblems,
  dosingCoverage,
} from './check-coverage';
import type { Condition, Source } from '@/data/files-schema';

type Context = {
  conditions: Map<string, Condition>;
  sources: Map<string, Source>;
  today: string;
};
type Found = { path: (string | number)[]; value: Record<string, unknown> };

const markup = /<\/?[a-zA-Z!][^>]*>|&(?:[a-z]+|#\d+);/;

/**
 * Words that describe how the research went rather than what a source says. A clinician reads
 * them as unfinished work, so no text a page shows may contain them. `review` is exempt: it is
 * the honest statement of how the entry was compiled.
 */
export const researchWords =
  /\b(search budget|budget|look-?ups?|excerpts?|reconcil\w*|pass [12]|first pass|second pass|blind (?:pass|re-?extraction|second)\w*|seed articles?|I could|I did|I read|we could|part read|readable|opening was|crawl\w*|stored copy|helpers?|session|re-seen)\b/i;

/** The per-drug rules of the data model. Each message starts with the field path it concerns. */
export function checkDrugRules(drug: Drug, ctx: Context): string[] {
  const problems: string[] = [];
  const objects = walk(drug, []);
  const at = (path: (string | number)[]) => formatPath(path);

  for (const { path, value } of objects) {
    const ids = value.sourceIds;
    if (Array.isArray(ids)) {
      ids
        .filter((id) => typeof id === 'string' && !ctx.sources.has(id))
        .forEach((id) =>
          problems.push(
            `${at(path)}.sourceIds: "${String(id)}" is not among this file's sources`,
          ),
        );
    }
    for (const key of ['date', 'revokedDate', 'lastReviewed'] as const) {
      const date = value[key];
      if (typeof date === 'string' && date > ctx.today)
        problems.push(`${at([...path, key])}: ${date} is in the future`);
    }
    const { date, datePrecision } = value;
    const firstOf = { month: '-01', year: '-01-01' } as const;
    if (
      typeof date === 'string' &&
      (datePrecision === 'month' || datePrecision === 'year') &&
      !date.endsWith(firstOf[datePrecision])
    )
      problems.push(
        `${at([...path, 'datePrecision'])}: a ${datePrecision}-only date is stored as its first day, not ${date}`,
      );
    const conditionId = value.conditionId;
    if (typeof conditionId === 'string' && !ctx.conditions.has(conditionId)) {
      problems.push(
        `${at(path)}.conditionId: "${conditionId}" is not in conditions.json`,
      );
    }
    for (const [key, child] of Object.entries(value)) {
      if (typeof child !== 'string') continue;
      if (markup.test(child))
        problems.push(
          `${at([...path, key])}: contains markup; write plain text`,
        );
      const words = researchWords.exec(child);
      if (words && !(path.length === 0 && key === 'review'))
        problems.push(
          `${at([...path, key])}: says "${words[0]}", which describes the research, not the source; say what the source says or what is unknown and where to check`,
        );
    }
  }
  if (drug.lastReviewed > ctx.today)
    problems.push(`lastReviewed: ${drug.lastReviewed} is in the future`);

  const kindOf = (id: string) => ctx.sources.get(id);
  drug.indications.forEach((indication, i) => {
    indication.statuses.forEach((status, j) => {
      if ('unverified' in status) return;
      const path = `indications[${i}].statuses[${j}] (${indication.conditionId}, ${status.region})`;
      const cited = status.sourceIds
        .map(kindOf)
        .filter((s): s is Source => s !== undefined);
      if (status.status === 'approved' && status.basis === 'announcement') {
        if (
          !cited.some(
            (s) => s.kind === 'press-release' || s.kind === 'regulator',
          )
        )
          problems.push(
            `${path}: an approval with basis "announcement" must cite the holder's dated announcement (press-release) or the regulator's page`,
          );
        if (!status.date)
          problems.push(
            `${path}: an approval with basis "announcement" needs the announced date`,
          );
      } else if (
        status.status === 'approved' &&
        !cited.some(
          (s) =>
            ['label', 'smpc', 'regulator'].includes(s.kind) &&
            s.region === status.region,
        )
      ) {
        problems.push(
          `${path}: "approved" must cite a ${status.region} label, SmPC or regulator source (or set basis "announcement" and cite the announcement)`,
        );
      }
      if (
        status.status === 'emergency-use' &&
        !cited.some((s) => s.kind === 'regulator')
      ) {
        problems.push(
          `${path}: "emergency-use" must cite a regulator source (the authorisation or fact sheet)`,
        );
      }
      if (status.status === 'refused' || status.status === 'withdrawn') {
        if (!status.date)
          problems.push(`${path}: "${status.status}" needs a date`);
        if (
          !cited.some(
            (s) => s.kind === 'regulator' || s.kind === 'press-release',
          )
        ) {
          problems.push(
            `${path}: "${status.status}" must cite a regulator document or a dated public record`,
          );
        }
      }
      if (status.status === 'approved') {
        const covering = [
          indication.conditionId,
          ...ancestorsOf(indication.conditionId, ctx.conditions),
        ];
        problems.push(
          ...dosingCoverage(
            drug,
            covering,
            status.region,
            status.population?.minAge,
            path,
          ),
        );
      }
    });
    const evidence = indication.evidence;
    if (evidence && 'use' in evidence) {
      const kinds = evidence.sourceIds.map((id) => kindOf(id)?.kind);
      if (!kinds.some((k) => k === 'trial' || k === 'guideline')) {
        problems.push(
          `indications[${i}].evidence (${indication.conditionId}): evidence must cite a trial or guideline`,
        );
      }
    }
  });

  const approvals = drug.indications
    .flatMap((i) => i.statuses)
    .filter((s) => 'status' in s && s.status === 'approved');
  if (approvals.length === 0)
    problems.push(
      'indications: no "approved" status in any region; every entry needs at least one',
    );
  problems.push(...boxedWarningProblems(drug, kindOf));
  return problems;
}

/** Every object inside a value, with its path (claims, statuses, nested records). */
export function walk(value: unknown, path: (string | number)[]): Found[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => walk(item, [...path, index]));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  return [
    { path, value: record },
    ...Object.entries(record).flatMap(([key, child]) =>
      walk(child, [...path, key]),
    ),
  ];
}

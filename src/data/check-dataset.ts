import { collectSourceIds } from './collect-source-ids';
import { describeIssues } from './describe-issues';
import type { Drug } from './drug-schema';
import {
  conditionsFileSchema,
  sourcesFileSchema,
  type Condition,
  type Source,
} from './files-schema';
import { parseDrugsFile } from './parse-drugs';
import { checkDrugRules } from './check-rules';
import { DataFileError } from './data-error';

export type RawFiles = {
  drugs: unknown;
  conditions: unknown;
  sources: unknown;
};

/**
 * Every rule of the data contract (shared/docs/data-model.md), as a list of problems.
 * An empty list means the data may ship. `today` is passed in so tests are reproducible.
 */
export function checkDataset(raw: RawFiles, today: string): string[] {
  const problems: string[] = [];
  let drugs: Drug[] = [];
  try {
    const parsed = parseDrugsFile(raw.drugs, 'drugs.json');
    drugs = parsed.drugs;
    parsed.invalid.forEach((entry) =>
      problems.push(...entry.problems.map((p) => `drugs.json: ${p}`)),
    );
  } catch (error) {
    problems.push(
      ...(error instanceof DataFileError
        ? error.problems.map((p) => `drugs.json: ${p}`)
        : [String(error)]),
    );
  }
  const conditions =
    parseStrict(
      raw.conditions,
      conditionsFileSchema,
      'conditions.json',
      problems,
    )?.conditions ?? [];
  const sources =
    parseStrict(raw.sources, sourcesFileSchema, 'sources.json', problems)
      ?.sources ?? [];

  problems.push(
    ...duplicates(
      drugs.map((d) => d.id),
      'drugs.json',
      'drug id',
    ),
  );
  problems.push(
    ...duplicates(
      conditions.map((c) => c.id),
      'conditions.json',
      'condition id',
    ),
  );
  problems.push(
    ...duplicates(
      sources.map((s) => s.id),
      'sources.json',
      'source id',
    ),
  );
  problems.push(...checkConditions(conditions));
  // Citations are counted on the raw entries too, so one invalid drug does not make its sources look unused.
  problems.push(...checkSources(sources, raw.drugs, today));
  const context = {
    conditions: new Map(conditions.map((c) => [c.id, c])),
    sources: new Map(sources.map((s) => [s.id, s])),
    today,
  };
  drugs.forEach((drug) =>
    problems.push(
      ...checkDrugRules(drug, context).map(
        (p) => `drugs.json: ${drug.id}: ${p}`,
      ),
    ),
  );
  return problems;
}

function parseStrict<T>(
  raw: unknown,
  schema: {
    safeParse: (x: unknown) =>
      | { success: true; data: T }
      | {
          success: false;
          error: { issues: Parameters<typeof describeIssues>[0] };
        };
  },
  file: string,
  problems: string[],
): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  problems.push(
    ...describeIssues(result.error.issues, raw).map((p) => `${file}: ${p}`),
  );
  return undefined;
}

function duplicates(ids: string[], file: string, what: string): string[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [`${file}: ${what} "${id}" is used more than once`];
  });
}

function checkConditions(conditions: Condition[]): string[] {
  const ids = new Set(conditions.map((c) => c.id));
  return conditions.flatMap((c) =>
    c.parentIds
      .filter((p) => !ids.has(p))
      .map(
        (p) =>
          `conditions.json: ${c.id}: parentIds names "${p}", which is not a condition`,
      ),
  );
}

function checkSources(
  sources: Source[],
  rawDrugs: unknown,
  today: string,
): string[] {
  const cited = new Set(collectSourceIds(rawDrugs));
  return sources.flatMap((s) => [
    ...(cited.has(s.id)
      ? []
      : [
          `sources.json: ${s.id}: no claim cites this source (remove it or cite it)`,
        ]),
    ...(s.accessed > today
      ? [`sources.json: ${s.id}.accessed: ${s.accessed} is in the future`]
      : []),
    ...(isRealDate(s.accessed)
      ? []
      : [`sources.json: ${s.id}.accessed: ${s.accessed} is not a real date`]),
  ]);
}

export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  );
}

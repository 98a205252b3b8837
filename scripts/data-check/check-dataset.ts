import { collectSourceIds } from '@/data/collect-source-ids';
import { describeIssues } from '@/data/describe-issues';
import type { Drug } from '@/data/drug-schema';
import {
  conditionsFileSchema,
  type Condition,
  type Source,
} from '@/data/files-schema';
import { parseDrugFile } from '@/data/parse-drug-file';
import { toIndexEntry } from '@/data/to-index-entry';
import { DataFileError } from '@/lib/data-file-error';
import { checkDrugRules, researchWords } from './check-rules';
import { compareIndex } from './compare-index';

export type RawFiles = {
  index: unknown;
  conditions: unknown;
  /** Drug files by name inside public/data/drugs/, e.g. "anakinra.json". */
  drugFiles: Record<string, unknown>;
};

export type CheckResult = {
  problems: string[];
  drugs: Drug[];
  /** Every source once, from all drug files. */
  sources: Source[];
  /** The index as the drug files define it: what index.json must hold. */
  expectedIndex: { drugs: unknown[] };
  dataVersion: string | undefined;
};

/**
 * Every rule of the data contract (shared/docs/data-model.md) over the v3 layout, as a list of
 * problems, each naming its file, drug id and field. An empty list means the data may ship.
 * `today` is passed in so tests are reproducible.
 */
export function checkDataset(raw: RawFiles, today: string): CheckResult {
  const problems: string[] = [];
  const conditionsResult = conditionsFileSchema.safeParse(raw.conditions);
  if (!conditionsResult.success)
    problems.push(
      ...describeIssues(conditionsResult.error.issues, raw.conditions).map(
        (p) => `conditions.json: ${p}`,
      ),
    );
  const conditions = conditionsResult.data?.conditions ?? [];
  problems.push(
    ...duplicates(
      conditions.map((c) => c.id),
      'conditions.json',
      'condition id',
    ),
    ...checkConditions(conditions),
  );

  const versions = new Map<string, string[]>();
  const noteVersion = (file: string, version: unknown) => {
    if (typeof version !== 'string') return;
    versions.set(version, [...(versions.get(version) ?? []), file]);
  };
  noteVersion('conditions.json', conditionsResult.data?.dataVersion);
  noteVersion(
    'index.json',
    (raw.index as { dataVersion?: unknown } | null)?.dataVersion,
  );

  const drugs: Drug[] = [];
  const sources = new Map<string, { source: Source; file: string }>();
  const conditionMap = new Map(conditions.map((c) => [c.id, c]));
  for (const [name, rawFile] of Object.entries(raw.drugFiles).sort()) {
    const file = `drugs/${name}`;
    let parsed;
    try {
      parsed = parseDrugFile(rawFile, file);
    } catch (error) {
      problems.push(
        ...(error instanceof DataFileError
          ? error.problems.map((p) => `${file}: ${p}`)
          : [`${file}: ${String(error)}`]),
      );
      continue;
    }
    const { drug } = parsed;
    noteVersion(file, parsed.dataVersion);
    if (name !== `${drug.id}.json`)
      problems.push(
        `${file}: drug.id is "${drug.id}"; the file must be named ${drug.id}.json`,
      );
    if (drugs.some((d) => d.id === drug.id))
      problems.push(`${file}: drug id "${drug.id}" is used more than once`);
    drugs.push(drug);
    problems.push(
      ...duplicates(
        parsed.sources.map((s) => s.id),
        file,
        'source id',
      ),
      ...checkSources(parsed.sources, drug, today).map((p) => `${file}: ${p}`),
      ...parsed.sources.flatMap((source) =>
        Object.entries(source).flatMap(([key, value]) => {
          const words =
            typeof value === 'string' && key !== 'url' && key !== 'readVia'
              ? researchWords.exec(value)
              : null;
          return words
            ? [
                `${file}: sources: ${source.id}.${key}: says "${words[0]}", which describes the research; describe the document (title, publisher, revision)`,
              ]
            : [];
        }),
      ),
      ...checkDrugRules(drug, {
        conditions: conditionMap,
        sources: new Map(parsed.sources.map((s) => [s.id, s])),
        today,
      }).map((p) => `${file}: ${drug.id}: ${p}`),
    );
    for (const source of parsed.sources) {
      const seen = sources.get(source.id);
      if (!seen) sources.set(source.id, { source, file });
      else if (JSON.stringify(seen.source) !== JSON.stringify(source))
        problems.push(
          `${file}: source "${source.id}" differs from the record of the same id in ${seen.file}; one id, one document`,
        );
    }
  }

  if (versions.size > 1)
    problems.push(
      `dataVersion differs between files: ${[...versions]
        .map(
          ([v, files]) =>
            `${v} in ${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`,
        )
        .join(
          '; ',
        )}. Every file of one deployment carries the same dataVersion (npm run data:check -- --data-version YYYY-MM-DD).`,
    );
  const dataVersion = conditionsResult.data?.dataVersion;
  if (dataVersion && dataVersion > today)
    problems.push(`dataVersion ${dataVersion} is in the future`);

  const expectedIndex = {
    schemaVersion: 3,
    dataVersion,
    drugs: [...drugs]
      .sort((a, b) => a.id.localeCompare(b.id, 'en'))
      .map(toIndexEntry),
  };
  problems.push(
    ...compareIndex(raw.index, expectedIndex).map((p) => `index.json: ${p}`),
  );
  return {
    problems,
    drugs,
    sources: [...sources.values()].map((s) => s.source),
    expectedIndex,
    dataVersion,
  };
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

/** A drug file holds the sources its drug cites, and no other. */
function checkSources(sources: Source[], drug: Drug, today: string): string[] {
  const cited = new Set(collectSourceIds(drug));
  return sources.flatMap((s) => [
    ...(cited.has(s.id)
      ? []
      : [
          `sources: ${s.id}: no claim of ${drug.id} cites this source (remove it or cite it)`,
        ]),
    ...(s.accessed > today
      ? [`sources: ${s.id}.accessed: ${s.accessed} is in the future`]
      : []),
    ...(isRealDate(s.accessed)
      ? []
      : [`sources: ${s.id}.accessed: ${s.accessed} is not a real date`]),
  ]);
}

export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  );
}

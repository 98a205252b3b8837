import { DataFileError } from '@/lib/data-file-error';
import { describeIssues } from './describe-issues';
import { type ConditionsFile, conditionsFileSchema } from './files-schema';
import { checkSchemaVersion } from './schema-version';

export { parseIndexFile } from './parse-index';
export { parseDrugFile } from './parse-drug-file';

export function parseConditionsFile(
  raw: unknown,
  file = 'conditions.json',
): ConditionsFile {
  const result = conditionsFileSchema.safeParse(raw);
  if (!result.success)
    throw new DataFileError(
      file,
      'schema',
      describeIssues(result.error.issues, raw),
    );
  checkSchemaVersion(result.data.schemaVersion, file);
  return result.data;
}

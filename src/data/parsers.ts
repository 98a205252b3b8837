import type * as z from 'zod/mini';
import { DataFileError } from './data-error';
import { describeIssues } from './describe-issues';
import { conditionsFileSchema, sourcesFileSchema } from './files-schema';

export { parseDrugsFile } from './parse-drugs';

function strictParser<T>(schema: z.ZodMiniType<T>) {
  return (raw: unknown, file: string): T => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    throw new DataFileError(
      file,
      'schema',
      describeIssues(result.error.issues, raw),
    );
  };
}

export const parseConditionsFile = strictParser(conditionsFileSchema);
export const parseSourcesFile = strictParser(sourcesFileSchema);

import * as z from 'zod/mini';
import { DataFileError } from '@/lib/data-file-error';
import { describeIssues } from './describe-issues';
import { type Drug, drugSchema } from './drug-schema';
import {
  drugFileEnvelopeSchema,
  type Source,
  sourceSchema,
} from './files-schema';
import { checkSchemaVersion } from './schema-version';

export type DrugFile = {
  schemaVersion: number;
  dataVersion: string;
  drug: Drug;
  /** Every source the drug cites, and no other: a card loads nothing it does not show. */
  sources: Source[];
};

const sourcesSchema = z.array(sourceSchema);

/** Validates one drugs/<id>.json. Any problem rejects the file, naming the field. */
export function parseDrugFile(raw: unknown, file: string): DrugFile {
  const envelope = drugFileEnvelopeSchema.safeParse(raw);
  if (!envelope.success)
    throw new DataFileError(
      file,
      'schema',
      describeIssues(envelope.error.issues, raw),
    );
  const { schemaVersion, dataVersion } = envelope.data;
  checkSchemaVersion(schemaVersion, file);
  const drug = drugSchema.safeParse(envelope.data.drug);
  const sources = sourcesSchema.safeParse(envelope.data.sources);
  const problems = [
    ...(drug.success
      ? []
      : describeIssues(drug.error.issues, envelope.data.drug).map(
          (p) => `drug.${p}`,
        )),
    ...(sources.success
      ? []
      : describeIssues(sources.error.issues, envelope.data.sources).map(
          (p) => `sources${p.startsWith('[') ? '' : '.'}${p}`,
        )),
  ];
  if (!drug.success || !sources.success)
    throw new DataFileError(file, 'schema', problems);
  return { schemaVersion, dataVersion, drug: drug.data, sources: sources.data };
}

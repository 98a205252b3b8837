import { DataFileError } from './data-error';
import { describeIssues } from './describe-issues';
import { type Drug, drugSchema } from './drug-schema';
import { drugsEnvelopeSchema, SUPPORTED_SCHEMA_VERSION } from './files-schema';

export type InvalidDrug = { id: string; problems: string[] };

export type DrugsFile = {
  schemaVersion: number;
  dataVersion: string;
  drugs: Drug[];
  /** Entries that failed the schema: hidden from lists, named in a notice. */
  invalid: InvalidDrug[];
};

/**
 * Validates drugs.json entry by entry. A broken envelope or a schema version the code does not
 * understand rejects the file; a broken entry only removes that entry.
 */
export function parseDrugsFile(raw: unknown, file = 'drugs.json'): DrugsFile {
  const envelope = drugsEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new DataFileError(
      file,
      'schema',
      describeIssues(envelope.error.issues, raw),
    );
  }
  const { schemaVersion, dataVersion, drugs: entries } = envelope.data;
  if (schemaVersion !== SUPPORTED_SCHEMA_VERSION) {
    throw new DataFileError(file, 'version', [
      `schemaVersion is ${schemaVersion}, but this version of Immunodex reads schemaVersion ${SUPPORTED_SCHEMA_VERSION}. Reload the page to get matching code and data.`,
    ]);
  }
  const drugs: Drug[] = [];
  const invalid: InvalidDrug[] = [];
  entries.forEach((entry, index) => {
    const result = drugSchema.safeParse(entry);
    if (result.success) {
      drugs.push(result.data);
      return;
    }
    const id = entryId(entry) ?? `entry #${index + 1}`;
    const problems = describeIssues(result.error.issues, entry).map(
      (p) => `drugs[${index}] (${id}) ${p}`,
    );
    invalid.push({ id, problems });
  });
  return { schemaVersion, dataVersion, drugs, invalid };
}

function entryId(entry: unknown): string | undefined {
  if (
    typeof entry === 'object' &&
    entry !== null &&
    'id' in entry &&
    typeof entry.id === 'string'
  ) {
    return entry.id.slice(0, 80);
  }
  return undefined;
}

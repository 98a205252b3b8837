import { DataFileError } from '@/lib/data-file-error';
import { describeIssues } from './describe-issues';
import { indexEnvelopeSchema } from './files-schema';
import { type IndexEntry, indexEntrySchema } from './index-schema';
import { checkSchemaVersion } from './schema-version';

export type InvalidEntry = { id: string; problems: string[] };

export type IndexFile = {
  schemaVersion: number;
  dataVersion: string;
  drugs: IndexEntry[];
  /** Entries that failed the schema: named in a notice on the list, never silently hidden. */
  invalid: InvalidEntry[];
};

/**
 * Validates index.json entry by entry. A broken envelope or a schema version the code does not
 * understand rejects the file; a broken entry only removes that entry (and is named).
 */
export function parseIndexFile(raw: unknown, file = 'index.json'): IndexFile {
  const envelope = indexEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new DataFileError(
      file,
      'schema',
      describeIssues(envelope.error.issues, raw),
    );
  }
  const { schemaVersion, dataVersion, drugs: entries } = envelope.data;
  checkSchemaVersion(schemaVersion, file);
  const drugs: IndexEntry[] = [];
  const invalid: InvalidEntry[] = [];
  entries.forEach((entry, index) => {
    const result = indexEntrySchema.safeParse(entry);
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

export function entryId(entry: unknown): string | undefined {
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

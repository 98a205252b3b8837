import { DataFileError } from '@/lib/data-file-error';
import { SUPPORTED_SCHEMA_VERSION } from './files-schema';

/** Data written for other code is refused whole, with the way out (a reload gets matching code). */
export function checkSchemaVersion(schemaVersion: number, file: string) {
  if (schemaVersion === SUPPORTED_SCHEMA_VERSION) return;
  throw new DataFileError(file, 'version', [
    `schemaVersion is ${schemaVersion}, but this version of Immunodex reads schemaVersion ${SUPPORTED_SCHEMA_VERSION}. Reload the page to get matching code and data.`,
  ]);
}

import type { Drug } from './drug-schema';
import type { Condition, Source } from './files-schema';
import type { IndexFile } from './parse-index';

/** What a card, a comparison or a sheet reads: the drugs it shows, with their sources. */
export type Dataset = {
  dataVersion: string;
  drugs: Drug[];
  conditions: Condition[];
  /** The sources cited by `drugs`, once each. */
  sources: Source[];
  /** The list fields of every drug, when the page asked for them (compare, print). */
  index?: IndexFile;
};

export type Failure = {
  what: string;
  error: unknown;
  retry: () => void;
  /** The drug whose file failed, when it was a drug file. */
  drugId?: string;
};

export type DataState<T> =
  | { status: 'pending' }
  | { status: 'error'; failures: Failure[]; mixedVersions?: string[] }
  | { status: 'success'; data: T; failures: Failure[] };

export type IndexedDataset = Dataset & { index: IndexFile };

/** A drug file that the server says does not exist: an unknown id, not a broken page. */
export const isMissingFile = (failure: Failure) =>
  failure.drugId !== undefined &&
  typeof failure.error === 'object' &&
  failure.error !== null &&
  'httpStatus' in failure.error &&
  failure.error.httpStatus === 404;

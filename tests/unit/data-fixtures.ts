import { dataFileBodies } from '../../mocks/handlers';

type Json = Record<string, unknown>;
export type DrugFileJson = {
  schemaVersion: number;
  dataVersion: string;
  drug: Json;
  sources: Json[];
};

/**
 * A deep copy of the shipped files, for tests that break one thing on purpose. `drugFiles` is keyed
 * by file name inside data/drugs/ ("anakinra.json"), as the data check reads them.
 */
export function shippedData() {
  const copy = <T>(value: unknown) => structuredClone(value) as T;
  const drugFiles: Record<string, DrugFileJson> = {};
  for (const [path, body] of Object.entries(dataFileBodies))
    if (path.startsWith('drugs/'))
      drugFiles[path.slice('drugs/'.length)] = copy<DrugFileJson>(body);
  return {
    index: copy<{ schemaVersion: number; dataVersion: string; drugs: Json[] }>(
      dataFileBodies['index.json'],
    ),
    conditions: copy<{
      schemaVersion: number;
      dataVersion: string;
      conditions: Json[];
    }>(dataFileBodies['conditions.json']),
    drugFiles,
  };
}

/** The drug objects of the shipped data, and every source once. */
export function shippedDrugs() {
  const { drugFiles } = shippedData();
  const files = Object.values(drugFiles);
  const sources = new Map<string, Json>();
  files.forEach((f) => f.sources.forEach((s) => sources.set(String(s.id), s)));
  return { drugs: files.map((f) => f.drug), sources: [...sources.values()] };
}

import { dataFileBodies } from '../../mocks/handlers';

type DrugsFileJson = {
  schemaVersion: number;
  dataVersion: string;
  drugs: Record<string, unknown>[];
};

/** A deep copy of the shipped files, for tests that break one thing on purpose. */
export function shippedData() {
  const copy = <T>(value: unknown) => structuredClone(value) as T;
  return {
    drugs: copy<DrugsFileJson>(dataFileBodies['drugs.json']),
    conditions: copy<{ conditions: Record<string, unknown>[] }>(
      dataFileBodies['conditions.json'],
    ),
    sources: copy<{ sources: Record<string, unknown>[] }>(
      dataFileBodies['sources.json'],
    ),
  };
}

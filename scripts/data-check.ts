/**
 * npm run data:check — validates public/data against the schema and every rule of the data model.
 * Exits 1 with one line per problem, so an editor can fix them in order.
 */
import { readFileSync } from 'node:fs';
import { checkDataset } from '../src/data/check-dataset';

const read = (name: string): unknown => {
  const path = new URL(`../public/data/${name}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(
      `public/data/${name}: cannot be read as JSON (${(error as Error).message})`,
    );
    process.exit(1);
  }
};

const today = new Date().toISOString().slice(0, 10);
const problems = checkDataset(
  {
    drugs: read('drugs.json'),
    conditions: read('conditions.json'),
    sources: read('sources.json'),
  },
  today,
);

if (problems.length > 0) {
  console.error(
    `data:check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
  );
  problems.forEach((p) => console.error(`  - ${p}`));
  process.exit(1);
}
console.log('data:check: all files valid; every rule of the data model holds.');

/**
 * npm run data:check — validates public/data against the schema and every rule of the data model.
 * Exits 1 with one line per problem, so an editor can fix them in order. It also counts claims
 * that rest only on secondary sources (not a failure); `-- --secondary` lists them.
 */
import { readFileSync } from 'node:fs';
import { checkDataset } from '../src/data/check-dataset';
import { parseDrugsFile, parseSourcesFile } from '../src/data/parsers';
import { secondaryOnlyClaims } from '../src/data/provenance-report';

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
const files = {
  drugs: read('drugs.json'),
  conditions: read('conditions.json'),
  sources: read('sources.json'),
};
const problems = checkDataset(files, today);

if (problems.length > 0) {
  console.error(
    `data:check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
  );
  problems.forEach((p) => console.error(`  - ${p}`));
  process.exit(1);
}
console.log('data:check: all files valid; every rule of the data model holds.');

const weak = secondaryOnlyClaims(
  parseDrugsFile(files.drugs, 'drugs.json').drugs,
  parseSourcesFile(files.sources, 'sources.json').sources,
);
const byField = new Map<string, number>();
weak.forEach((c) => byField.set(c.field, (byField.get(c.field) ?? 0) + 1));
console.log(
  `Note: ${weak.length} claims rest only on secondary sources (drug-information sites, manufacturer ` +
    `pages, company announcements): ${[...byField].map(([f, n]) => `${f} ${n}`).join(', ')}. ` +
    (process.argv.includes('--secondary')
      ? 'They are:'
      : 'List them with `npm run data:check -- --secondary`.'),
);
if (process.argv.includes('--secondary'))
  weak.forEach((c) => console.log(`  - ${c.drugId}: ${c.path}`));

/**
 * npm run data:check — validates public/data (v3: index.json, conditions.json, drugs/<id>.json)
 * against the schema and every rule of the data model, and rebuilds index.json from the drug files.
 * Exits 1 with one line per problem, so an editor can fix them in order.
 *   -- --data-version YYYY-MM-DD   stamps that data version into every file first
 *   -- --secondary                 lists the claims that rest only on secondary sources
 *   -- --only id1,id2              prints only the problems of those drug files (exit code as usual)
 * DATA_DIR=path                    checks another copy of public/data
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset } from './check-dataset';
import { printReport } from './report';
import { stampDataVersion } from '../data-version';

const dataDir =
  process.env.DATA_DIR ??
  new URL('../../public/data/', import.meta.url).pathname;
const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};

const read = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(join(dataDir, path), 'utf8'));
  } catch (error) {
    return {
      unreadable: `cannot be read as JSON (${(error as Error).message})`,
    };
  }
};
/** The index is generated: compact, one drug per line, so it is small and its diffs readable. */
const writeIndex = (value: { drugs: unknown[] }) => {
  const { drugs, ...head } = value;
  const opening = JSON.stringify(head).slice(0, -1);
  writeFileSync(
    join(dataDir, 'index.json'),
    `${opening},"drugs":[\n${drugs.map((d) => JSON.stringify(d)).join(',\n')}\n]}\n`,
  );
};

const drugNames = readdirSync(join(dataDir, 'drugs')).filter((f) =>
  f.endsWith('.json'),
);

const stamp = flag('--data-version');
if (stamp) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(stamp)) {
    console.error(`--data-version ${stamp}: write the date as YYYY-MM-DD`);
    process.exit(1);
  }
  stampDataVersion(dataDir, stamp);
  console.log(`data:check: data version ${stamp} written to every file`);
}

const today = new Date().toISOString().slice(0, 10);
const files = {
  index: read('index.json'),
  conditions: read('conditions.json'),
  drugFiles: Object.fromEntries(drugNames.map((n) => [n, read(`drugs/${n}`)])),
};
const result = checkDataset(files, today);
const indexStale = result.problems.some((p) => p.startsWith('index.json: '));
const others = result.problems.filter((p) => !p.startsWith('index.json: '));
// The index is derived data: rebuild it whenever the drug files are valid, and say so.
if (indexStale && others.length === 0) {
  writeIndex(result.expectedIndex);
  console.error(
    'data:check: public/data/index.json was out of date and has been rebuilt from the drug files:',
  );
  result.problems.slice(0, 20).forEach((p) => console.error(`  - ${p}`));
  console.error('Review and commit it, then run data:check again.');
  process.exit(1);
}
const only = flag('--only')?.split(',');
if (only) {
  const mine = result.problems.filter((p) =>
    only.some((id) => p.startsWith(`drugs/${id}.json:`)),
  );
  console.error(
    `data:check: ${mine.length} problem(s) in ${only.join(', ')} (${result.problems.length} in all):`,
  );
  mine.forEach((p) => console.error(`  - ${p}`));
  process.exit(result.problems.length > 0 ? 1 : 0);
}
if (result.problems.length > 0) {
  console.error(
    `data:check found ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:`,
  );
  result.problems.forEach((p) => console.error(`  - ${p}`));
  process.exit(1);
}
console.log(
  `data:check: ${result.drugs.length} drug files, the index and the conditions are valid; every rule of the data model holds.`,
);
printReport(result.drugs, result.sources, today, args.includes('--secondary'));

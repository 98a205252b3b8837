import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes one data version into every data file of a folder laid out as public/data (conditions,
 * index and each drug file), so a deployment never mixes versions. Used by
 * `npm run data:check -- --data-version` and by the update tests to make a "new deployment".
 */
export function stampDataVersion(dataDir: string, dataVersion: string) {
  const files = [
    'conditions.json',
    'index.json',
    ...readdirSync(join(dataDir, 'drugs'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join('drugs', f)),
  ];
  for (const file of files) {
    const path = join(dataDir, file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<
      string,
      unknown
    >;
    // The index is rewritten compactly by data:check; the other files keep their 2-space layout.
    const text =
      file === 'index.json'
        ? readFileSync(path, 'utf8').replace(
            /"dataVersion":"[^"]*"/,
            `"dataVersion":"${dataVersion}"`,
          )
        : `${JSON.stringify({ ...json, dataVersion }, null, 2)}\n`;
    writeFileSync(path, text);
  }
}

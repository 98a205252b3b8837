/**
 * Prints the gzip size of what the first page load needs against the 125 KB budget.
 */
import { join } from 'node:path';
import { compressedSizes, initialAssets } from './assets';

const BUDGET_KB = 125;
const dist = new URL('../dist/', import.meta.url).pathname;
let total = 0;
for (const file of initialAssets(dist)) {
  const { gzip } = compressedSizes(join(dist, file));
  total += gzip;
  console.log(
    `  ${file.padEnd(48)} ${(gzip / 1024).toFixed(1).padStart(7)} KB gzip`,
  );
}
const kb = total / 1024;
console.log(
  `Initial JS+CSS: ${kb.toFixed(2)} KB gzip (budget ${BUDGET_KB} KB)${kb > BUDGET_KB ? '  OVER BUDGET' : ''}`,
);

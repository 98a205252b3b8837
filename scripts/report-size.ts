/**
 * Prints the gzip size of what a first load needs, for the shell and each kind of prerendered
 * page, against its budget (scripts/assets.ts). Exits 1 when a budget is missed.
 */
import { gzipKB, initialAssets, jsBudgets } from './assets';

const dist = new URL('../dist/', import.meta.url).pathname;
let over = false;
for (const { label, page, budgetKB } of jsBudgets) {
  const kb = gzipKB(dist, initialAssets(dist, page));
  const missed = budgetKB !== undefined && kb > budgetKB;
  over ||= missed;
  console.log(
    `Initial JS+CSS, ${label}: ${kb.toFixed(2)} KB gzip${budgetKB ? ` (budget ${budgetKB} KB)` : ''}${missed ? '  OVER BUDGET' : ''}`,
  );
}
if (over) process.exitCode = 1;

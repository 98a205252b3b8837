/**
 * Prints the gzip size of what the first page load needs (the JS and CSS that index.html
 * references, plus their static imports), against the 125 KB budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 125;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = [
  ...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g),
].map((m) => m[1] as string);

const initial = new Set<string>();
const visit = (file: string) => {
  if (initial.has(file)) return;
  initial.add(file);
  if (!file.endsWith('.js')) return;
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports between chunks ("./x.js") load with the entry; dynamic import() does not.
  for (const match of code.matchAll(
    /(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    visit(`assets/${match[1]}`);
  }
};
entry.forEach(visit);

let total = 0;
for (const file of [...initial].sort()) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  console.log(
    `  ${file.padEnd(48)} ${(size / 1024).toFixed(1).padStart(7)} KB gzip`,
  );
}
const kb = total / 1024;
console.log(
  `Initial JS+CSS: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)${kb > BUDGET_KB ? '  OVER BUDGET' : ''}`,
);

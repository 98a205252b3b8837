import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * The JS and CSS a page's first load needs: what its HTML references (the entry, and on a
 * prerendered page its route chunk, preloaded in parallel) plus the chunks those import
 * statically. Dynamic import() chunks (other pages, the schema, Downshift) are not included.
 * `page` defaults to shell.html: the entry that every page loads.
 */
export function initialAssets(dist: string, page = 'shell.html'): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const entry = [
    ...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g),
  ].map((m) => m[1] as string);
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      visit(`assets/${match[1]}`);
    }
  };
  entry.forEach(visit);
  return [...initial].sort();
}

export const allAssets = (dist: string) =>
  readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`)
    .sort();

export const compressedSizes = (path: string) => {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    brotli: brotliCompressSync(bytes).length,
  };
};

/** Gzip KB of a list of built files. */
export const gzipKB = (dist: string, files: string[]) =>
  files.reduce((n, f) => n + compressedSizes(join(dist, f)).gzip, 0) / 1024;

/**
 * Budgets for the JS+CSS of a first load, gzip. The shell is what every page loads; each
 * prerendered page adds its own route chunk, fetched in parallel.
 */
export const jsBudgets = [
  { label: 'shell (every page)', page: 'shell.html', budgetKB: 120 },
  { label: 'list page', page: 'index.html', budgetKB: 128 },
  { label: 'drug card', page: 'drugs/anakinra.html', budgetKB: 135 },
] as const;

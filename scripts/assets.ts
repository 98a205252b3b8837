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
 * The JS+CSS of a first load, gzip. The budget is on the shell, what every page loads (the
 * framework, the layout and the one stylesheet). A prerendered page also preloads its route chunk
 * and the schema chunk that validates its data, in parallel; those totals are reported so a
 * page's own growth stays visible, and what a user feels of them is held by the paint and
 * "React owns the page" budgets of the bench.
 */
export const jsBudgets = [
  { label: 'shell (every page)', page: 'shell.html', budgetKB: 120 },
  { label: 'list page in all', page: 'index.html', budgetKB: undefined },
  {
    label: 'drug card in all',
    page: 'drugs/anakinra.html',
    budgetKB: undefined,
  },
] as const;

/**
 * Writes the service worker after prerendering (npm run build), so every prerendered page is in
 * its precache list: the shell, the list, about, every card, every lazy chunk, the data files,
 * the manifest and the icons. Workbox generates it; nothing here is a hand-written worker.
 * Also writes data/version.json, which is deliberately not precached: a page asks the network
 * for it when a new worker is waiting, to say which data version the update brings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateSW } from 'workbox-build';

export async function writeServiceWorker(dist: string) {
  const { dataVersion, schemaVersion } = JSON.parse(
    readFileSync(join(dist, 'data', 'index.json'), 'utf8'),
  ) as { dataVersion: string; schemaVersion: number };
  writeFileSync(
    join(dist, 'data', 'version.json'),
    `${JSON.stringify({ dataVersion, schemaVersion })}\n`,
  );
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest}'],
    globIgnores: ['**/*.map', 'sw.js', 'data/version.json', '.vite/**'],
    swDest: join(dist, 'sw.js'),
    // Clean URLs (/about -> about.html, /drugs/x -> drugs/x.html) are on by default; any other
    // navigation gets the shell, which renders the route from the precached data.
    navigateFallback: '/shell.html',
    // The first install controls the open page at once, so it works offline without a reload.
    clientsClaim: true,
    // An update waits until the user chooses to reload (the app shows a notice): never a silent swap.
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // Hashed build assets need no revision; the data files and pages are versioned by content.
    dontCacheBustURLsMatching: /^assets\//,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  warnings.forEach((w) => console.warn(`service worker: ${w}`));
  console.log(
    `Service worker precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB), data version ${dataVersion}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeServiceWorker(resolve(import.meta.dirname, '..', 'dist'));
}

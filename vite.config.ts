import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/csp.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

/** Adds the CSP meta tag to the built index.html (never to the dev server's). */
const cspMeta = (): Plugin => ({
  name: 'immunodex-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
    ),
});

export default defineConfig({
  plugins: [react(), cspMeta()],
  resolve: { alias: { '@': src } },
  // Bundled into the prerender build (its package entry is not importable from Node ESM).
  ssr: { noExternal: ['workbox-window'] },
  // The manifest tells scripts/prerender.ts which CSS and chunks each prerendered route needs.
  // No modulepreload polyfill: browsers without <link rel=modulepreload> (Safari < 17) still
  // load every chunk, only without the head start, and the polyfill cost initial bytes everywhere.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    modulePreload: { polyfill: false },
    // One stylesheet for every page (about 7 KB gzip in all): a prerendered page then paints after
    // its HTML and one CSS request, as the floor page does, instead of waiting for four or five
    // route stylesheets in turn on a slow network.
    cssCodeSplit: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          // Well above Testing Library's asyncUtilTimeout (5 s, tests/unit/setup.ts): on a loaded
          // 2-core machine a slow findBy then fails with its own message, not a runner timeout.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One shared Chromium, driven serially: the suite is a user, not a load test.
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

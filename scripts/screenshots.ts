/**
 * Screenshots of pages of the production build, for a human to look at before a UI change lands.
 * Usage: npm run build && tsx scripts/screenshots.ts [outDir] [path ...]
 * Writes <outDir>/<name>-<width>-<scheme>.png for 390 px and 1280 px, light and dark.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';
import { startStaticServer } from './static-server';

const [outDir = 'test-results/screenshots', ...requested] =
  process.argv.slice(2);
const pagePaths =
  requested.length > 0
    ? requested
    : ['/', '/drugs/anakinra', '/about', '/compare?id=anakinra&id=tofacitinib'];
mkdirSync(outDir, { recursive: true });

const server = await startStaticServer('dist');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
try {
  for (const path of pagePaths) {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme,
        });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        const name =
          path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
        await page.screenshot({
          path: `${outDir}/${name}-${width}-${colorScheme}.png`,
          fullPage: true,
        });
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots written to ${outDir}`);

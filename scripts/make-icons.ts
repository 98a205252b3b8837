/**
 * npm run icons: renders public/favicon.svg to the PNG app icons the web manifest names
 * (192 and 512 px, plus a maskable 512 px with the safe-zone padding Android crops to).
 * Run by hand when the logo changes; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const icons = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'icon-maskable-512.png', size: 512, padding: 0.1 },
];
for (const { file, size, padding } of icons) {
  const page = await browser.newPage({
    viewport: { width: size, height: size },
  });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<body style="margin:0;background:#0b5cad"><div style="padding:${inset}px">${svg.replace('<svg ', `<svg width="${size - 2 * inset}" height="${size - 2 * inset}" `)}</div></body>`,
  );
  await page.screenshot({ path: join(root, 'public', 'icons', file) });
  await page.close();
}
await browser.close();
console.log(`Wrote ${icons.length} icons to public/icons/`);

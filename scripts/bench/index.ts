/**
 * npm run bench [-- --check] [-- --runs N]
 * Builds, serves the production build on loopback (gzip and brotli), drives Debian Chromium through
 * playwright-core and CDP, prints a table and writes bench/results.json. --check exits 1 when a
 * budget is missed. Numbers depend on this machine; compare runs on the same machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { allAssets, compressedSizes, initialAssets } from '../assets';
import { chromiumArgs, chromiumPath } from '../chromium';
import { startStaticServer } from '../static-server';
import { filterLatency, firstVisible } from './measure';
import { writeSyntheticDist } from './synthetic';

const args = process.argv.slice(2);
const check = args.includes('--check');
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const dist = new URL('../../dist/', import.meta.url).pathname;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

// The real build: client, server bundle and the prerendered pages.
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const sum = (files: string[], key: 'gzip' | 'brotli') =>
  files.reduce((n, f) => n + compressedSizes(join(dist, f))[key], 0);
const initial = initialAssets(dist);
const bytes = {
  htmlIndexGzipKB: kb(compressedSizes(join(dist, 'index.html')).gzip),
  htmlCardGzipKB: kb(compressedSizes(join(dist, 'drugs/anakinra.html')).gzip),
  initialGzipKB: kb(sum(initial, 'gzip')),
  initialBrotliKB: kb(sum(initial, 'brotli')),
  lazyChunksGzipKB: Object.fromEntries(
    allAssets(dist)
      .filter((f) => !initial.includes(f))
      .map((f) => [f, kb(compressedSizes(join(dist, f)).gzip)]),
  ),
  dataGzipKB: Object.fromEntries(
    ['drugs', 'conditions', 'sources'].map((n) => [
      n,
      kb(compressedSizes(join(dist, `data/${n}.json`)).gzip),
    ]),
  ),
};

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const real = await startStaticServer(dist);
const loads = {
  list: await firstVisible(browser, `${real.url}/`, 'main article', runs),
  card: await firstVisible(
    browser,
    `${real.url}/drugs/anakinra`,
    'main h1',
    runs,
  ),
};

const filter: Record<string, unknown> = {};
const realCount = (
  JSON.parse(readFileSync(join(dist, 'data/drugs.json'), 'utf8')) as {
    drugs: unknown[];
  }
).drugs.length;
filter[String(realCount)] = await filterLatency(browser, `${real.url}/`, runs);
for (const count of [1000, 10_000]) {
  const dir = writeSyntheticDist(
    dist,
    join(tmpdir(), `immunodex-bench-${count}`),
    count,
  );
  const server = await startStaticServer(dir);
  try {
    filter[String(count)] = await filterLatency(
      browser,
      `${server.url}/`,
      Math.min(runs, 5),
    );
  } catch (error) {
    filter[String(count)] = { failed: (error as Error).message.split('\n')[0] };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const page = await (await browser.newContext()).newPage();
await page.goto(`${real.url}/`);
await page.locator('main article').first().waitFor();
let t = Date.now();
await page.goto(
  `${real.url}/compare?id=adalimumab&id=etanercept&id=infliximab&id=tofacitinib&id=upadacitinib&id=baricitinib`,
);
await page.getByRole('table').waitFor();
const compareSixMs = Date.now() - t;
await page.goto(`${real.url}/print?id=tofacitinib&id=upadacitinib`);
await page.getByRole('button', { name: 'Print / Save as PDF' }).waitFor();
await page.emulateMedia({ media: 'print' });
t = Date.now();
await page.pdf({ preferCSSPageSize: true });
const printTwoMs = Date.now() - t;
await browser.close();
await real.close();

const results = {
  date: new Date().toISOString(),
  runs,
  bytes,
  loads,
  filter,
  compareSixMs,
  printTwoMs,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const f = (v: unknown) => JSON.stringify(v);
console.table({
  'initial JS+CSS gzip (KB)': { value: bytes.initialGzipKB, budget: '<= 125' },
  'initial JS+CSS brotli (KB)': { value: bytes.initialBrotliKB, budget: '' },
  'HTML of / gzip (KB)': { value: bytes.htmlIndexGzipKB, budget: '<= 30' },
  'HTML of a card gzip (KB)': { value: bytes.htmlCardGzipKB, budget: '<= 30' },
  'data gzip (KB)': { value: f(bytes.dataGzipKB), budget: '' },
  'cold first card / (ms)': { value: f(loads.list.cold), budget: '<= 1000' },
  'warm first card / (ms)': { value: f(loads.list.warm), budget: '<= 500' },
  'cold interactive / (ms)': {
    value: f(loads.list.coldInteractive),
    budget: '',
  },
  'cold card /drugs/anakinra (ms)': {
    value: f(loads.card.cold),
    budget: '<= 1000',
  },
  'warm card /drugs/anakinra (ms)': {
    value: f(loads.card.warm),
    budget: '<= 500',
  },
  'cold interactive card (ms)': {
    value: f(loads.card.coldInteractive),
    budget: '',
  },
  ...Object.fromEntries(
    Object.entries(filter).map(([n, v]) => [
      `filter at ${n} drugs (ms)`,
      {
        value: f(v),
        budget: n === '1000' ? '<= 50' : n === '10000' ? '<= 150' : '',
      },
    ]),
  ),
  'compare 6 drugs (ms)': { value: compareSixMs, budget: '' },
  'print 2-drug PDF (ms)': { value: printTwoMs, budget: '' },
});
console.log('Lazy chunks (gzip KB):', f(bytes.lazyChunksGzipKB));

if (check) {
  const median = (x: unknown) => (x as { median?: number }).median ?? Infinity;
  const longest = (x: unknown) =>
    (x as { longestTask?: number }).longestTask ?? Infinity;
  const misses = [
    bytes.initialGzipKB > 125 && 'initial JS+CSS over 125 KB gzip',
    bytes.htmlIndexGzipKB > 30 && 'HTML of / over 30 KB gzip',
    loads.list.cold.median > 1000 && 'cold first card on / over 1.0 s',
    loads.card.cold.median > 1000 && 'cold card over 1.0 s',
    loads.list.warm.median > 500 && 'warm first card over 0.5 s',
    median(filter['1000']) > 50 && 'filter at 1,000 drugs over 50 ms',
    median(filter['10000']) > 150 && 'filter at 10,000 drugs over 150 ms',
    (longest(filter['1000']) > 100 || longest(filter['10000']) > 100) &&
      'a long task over 100 ms while filtering',
  ].filter(Boolean);
  if (misses.length > 0) {
    console.error(`Budgets missed:\n  - ${misses.join('\n  - ')}`);
    process.exit(1);
  }
  console.log('All budgets met.');
}

/**
 * npm run bench [-- --check] [-- --runs N]
 * Builds, serves the production build on loopback (gzip and brotli), drives Debian Chromium through
 * playwright-core and CDP at 4x CPU on slow 4G, and reports what a user sees, per route (the list,
 * a card, a 4-drug comparison), cold and warm: first and largest contentful paint
 * (PerformanceObserver), the time until React owns the page, and the data bytes on the wire. A
 * one-stylesheet floor page is measured in the same run, and each paint is also a ratio to it.
 * The same routes are measured again on a synthetic dataset of 100 full entries. Filter latency
 * is measured at 1,000 and 10,000 synthetic drugs. Writes bench/results.json; --check exits 1
 * when a budget is missed. Numbers depend on the machine; compare runs on the same machine.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { gzipKB, initialAssets, jsBudgets } from '../assets';
import { chromiumArgs, chromiumPath } from '../chromium';
import { startStaticServer } from '../static-server';
import { writeFloorPage } from './floor';
import { filterLatency, type LoadSummary, measureLoad } from './measure';
import { checkBudgets } from './budgets';
import { writeSyntheticFull, writeSyntheticIndex } from './synthetic';

const args = process.argv.slice(2);
const check = args.includes('--check');
const runs = Math.max(5, Number(args[args.indexOf('--runs') + 1]) || 5);
const dist = new URL('../../dist/', import.meta.url).pathname;

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const js = Object.fromEntries(
  jsBudgets.map(({ label, page, budgetKB }) => [
    label,
    {
      kb: Math.round(gzipKB(dist, initialAssets(dist, page)) * 10) / 10,
      budgetKB,
    },
  ]),
);

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});

/** The routes, measured in one run against one server, with the floor page. */
async function measureRoutes(dir: string, ids: string[]) {
  const floorPath = writeFloorPage(dir);
  const server = await startStaticServer(dir);
  const four = ids.slice(0, 4);
  try {
    const at = (path: string) => `${server.url}${path}`;
    return {
      floor: await measureLoad(browser, at(floorPath), 'main h1', runs, {
        react: false,
      }),
      list: await measureLoad(browser, at('/'), 'main article', runs),
      card: await measureLoad(browser, at(`/drugs/${ids[0]}`), 'main h1', runs),
      compare: await measureLoad(
        browser,
        at(`/compare?${four.map((id) => `id=${id}`).join('&')}`),
        'main table',
        runs,
      ),
    };
  } finally {
    await server.close();
  }
}

// The real data: a card and a comparison of four drugs of one class, as a clinician would open them.
const realIds = ['anakinra', 'tofacitinib', 'upadacitinib', 'baricitinib'];
const real = await measureRoutes(dist, realIds);

const synthetic = await writeSyntheticFull(
  dist,
  join(tmpdir(), 'immunodex-bench-100'),
  100,
);
let hundred: Awaited<ReturnType<typeof measureRoutes>>;
try {
  // Ids from the synthetic rounds, so the pages measured are ones the real data does not have.
  const synthIds = synthetic.ids.filter((id) => id.includes('-synthetic-3'));
  hundred = await measureRoutes(synthetic.dir, synthIds);
} finally {
  rmSync(synthetic.dir, { recursive: true, force: true });
}

const filter: Record<string, unknown> = {};
for (const count of [1000, 10_000]) {
  const dir = writeSyntheticIndex(
    dist,
    join(tmpdir(), `immunodex-bench-${count}`),
    count,
  );
  const server = await startStaticServer(dir);
  try {
    filter[String(count)] = await filterLatency(
      browser,
      `${server.url}/`,
      runs,
    );
  } catch (error) {
    filter[String(count)] = { failed: (error as Error).message.split('\n')[0] };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
await browser.close();

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; Chromium via playwright-core; 4x CPU throttling, 150 ms RTT, 1.6 Mbps down`,
  runs,
  initialJsCssGzipKB: js,
  real,
  hundredEntries: hundred,
  filter,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const row = (s: LoadSummary, floor: LoadSummary) => ({
  'FCP ms': s.fcp.median,
  'LCP ms': s.lcp.median,
  'LCP / floor': Math.round((s.lcp.median / floor.lcp.median) * 100) / 100,
  'React owns ms': s.reactOwns.median,
  'data KB': s.dataKB.median,
});
const table: Record<string, ReturnType<typeof row>> = {};
for (const [set, routes] of [
  ['25 real', real],
  ['100 synthetic', hundred],
] as const) {
  for (const route of ['floor', 'list', 'card', 'compare'] as const) {
    table[`${set}: ${route}, cold`] = row(
      routes[route].cold,
      routes.floor.cold,
    );
    table[`${set}: ${route}, warm`] = row(
      routes[route].warm,
      routes.floor.warm,
    );
  }
}
console.log(`Median of ${runs} runs, 4x CPU, slow 4G (150 ms RTT, 1.6 Mbps):`);
console.table(table);
console.table(js);
console.log('Filter latency:', JSON.stringify(filter));

if (check) {
  const misses = checkBudgets({ js, real, hundred, filter });
  if (misses.length > 0) {
    console.error(`Budgets missed:\n  - ${misses.join('\n  - ')}`);
    process.exit(1);
  }
  console.log('All budgets met.');
}
// Read back so a reader of bench/results.json sees the file that was checked.
JSON.parse(readFileSync('bench/results.json', 'utf8'));

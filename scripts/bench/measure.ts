import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

/** Slow 4G and a mid-range phone's CPU, as the performance budgets are defined. */
export async function throttle(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Records long tasks from the start, so a filter run can report the longest one. */
export const longTaskObserver = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

export const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ??
    NaN;
  return {
    median: Math.round(at(0.5)),
    p90: Math.round(at(0.9)),
    runs: sorted.length,
  };
};

/**
 * Records first and largest contentful paint as the browser reports them (PerformanceObserver),
 * in milliseconds since navigation start: what a user sees, not when an element exists.
 */
const paintRecorder = `
  window.__paint = { fcp: undefined, lcp: undefined };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-contentful-paint') window.__paint.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    window.__paint.lcp = entries[entries.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

type Visit = { fcp: number; lcp: number; reactOwns: number; dataKB: number };

/**
 * One visit: navigates, waits until the page is complete (loaded, React owns it, the ready
 * selector is visible, and a quiet moment for the last paint), then reads the paints and the
 * bytes of data files that crossed the wire (encoded body plus headers).
 */
async function visit(
  page: Page,
  navigate: () => Promise<unknown>,
  ready: string,
  react: boolean,
): Promise<Visit> {
  let dataBytes = 0;
  const pending: Promise<void>[] = [];
  const onFinished = (request: Request) => {
    if (!new URL(request.url()).pathname.startsWith('/data/')) return;
    pending.push(
      request.sizes().then((s) => {
        dataBytes += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  };
  page.on('requestfinished', onFinished);
  await navigate();
  // The floor page has no app: nothing ever owns it.
  const reactOwns = react ? await timeToInteractive(page) : 0;
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  page.off('requestfinished', onFinished);
  await Promise.all(pending);
  const paint = await page.evaluate(
    () =>
      (window as unknown as { __paint: { fcp: number; lcp: number } }).__paint,
  );
  return {
    fcp: Math.round(paint.fcp),
    lcp: Math.round(paint.lcp),
    reactOwns,
    dataKB: Math.round((dataBytes / 1024) * 10) / 10,
  };
}

const summary = (visits: Visit[]) => ({
  fcp: stats(visits.map((v) => v.fcp)),
  lcp: stats(visits.map((v) => v.lcp)),
  reactOwns: stats(visits.map((v) => v.reactOwns)),
  dataKB: stats(visits.map((v) => v.dataKB)),
});
export type LoadSummary = ReturnType<typeof summary>;

/**
 * Cold (a fresh context, empty cache) and warm (a reload in the same context) visits to a URL at
 * 4x CPU on slow 4G, `runs` times each; service workers are blocked so every byte is measured.
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  ready: string,
  runs: number,
  { react = true }: { react?: boolean } = {},
) {
  const cold: Visit[] = [];
  const warm: Visit[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(paintRecorder);
    await throttle(context, page);
    cold.push(
      await visit(
        page,
        () => page.goto(url, { waitUntil: 'commit' }),
        ready,
        react,
      ),
    );
    warm.push(
      await visit(
        page,
        () => page.reload({ waitUntil: 'commit' }),
        ready,
        react,
      ),
    );
    await context.close();
  }
  return { cold: summary(cold), warm: summary(warm) };
}

/** Milliseconds from navigation start until React owns the page (hydrated or rendered), so clicks work. */
async function timeToInteractive(page: Page) {
  const handle = await page.waitForFunction(
    () => {
      const first = document.getElementById('root')?.firstElementChild;
      return first &&
        Object.keys(first).some((key) => key.startsWith('__reactFiber'))
        ? performance.now()
        : false;
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  return Math.round(Number(await handle.jsonValue()));
}

/** Keystroke in the search box until the result count on screen has changed and a frame has painted. */
export async function filterLatency(
  browser: Browser,
  url: string,
  runs: number,
) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(longTaskObserver);
  await page.goto(url);
  const search = page.getByRole('searchbox');
  await search.waitFor({ timeout: 300_000 });
  await page.locator('main article').first().waitFor({ timeout: 300_000 });
  await page.evaluate(
    () =>
      ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0),
  );
  const times: number[] = [];
  const queries = [
    'tofa',
    'ada',
    'jak',
    'kineret',
    'il-17',
    'rinvoq',
    'cosentyx',
  ];
  for (let i = 0; i < runs; i += 1) {
    await search.fill('');
    await page.waitForTimeout(200);
    const query = queries[i % queries.length] ?? 'a';
    // The results heading says "All drugs (shown of total)": it changes when the new results are in.
    // An in-page observer resolves on that change, then on the next painted frame.
    const changed = page.evaluate(
      () =>
        new Promise<number>((done) => {
          const heading = document.querySelector('#results-heading');
          const before = heading?.textContent;
          const observer = new MutationObserver(() => {
            if (heading?.textContent === before) return;
            observer.disconnect();
            requestAnimationFrame(() =>
              setTimeout(() => done(performance.now())),
            );
          });
          if (heading)
            observer.observe(heading, {
              childList: true,
              characterData: true,
              subtree: true,
            });
        }),
    );
    const t0 = await page.evaluate(() => performance.now());
    await search.fill(query);
    const t1 = await Promise.race([
      changed,
      page.waitForTimeout(120_000).then(() => Number.NaN),
    ]);
    times.push(t1 - t0);
  }
  const longest = await page.evaluate(() =>
    Math.max(
      0,
      ...(window as unknown as { __longTasks: number[] }).__longTasks,
    ),
  );
  await context.close();
  return { ...stats(times), longestTask: Math.round(longest) };
}

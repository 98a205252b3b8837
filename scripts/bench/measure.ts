import type { Browser, BrowserContext, Page } from 'playwright-core';

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
 * Records, in the page, when the selector first appears at a frame (rAF runs just before paint),
 * as milliseconds since navigation start. Measured in the page because the load event also waits
 * for preloaded data files, which the first card does not need.
 */
const firstSeenRecorder = (selector: string) => `
  (() => {
    const look = () => {
      if (document.querySelector(${JSON.stringify(selector)})) {
        window.__firstSeen = performance.now();
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  })();
`;

async function timeToSelector(page: Page, navigate: () => Promise<unknown>) {
  await navigate();
  const handle = await page.waitForFunction(
    () => (window as unknown as { __firstSeen?: number }).__firstSeen,
    undefined,
    { timeout: 120_000 },
  );
  return Math.round(Number(await handle.jsonValue()));
}

/** Time from navigation start until the selector is on screen, in a fresh throttled context (cold) and again (warm). */
export async function firstVisible(
  browser: Browser,
  url: string,
  selector: string,
  runs: number,
) {
  const cold: number[] = [];
  const warm: number[] = [];
  const interactive: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(firstSeenRecorder(selector));
    await throttle(context, page);
    cold.push(
      await timeToSelector(page, () => page.goto(url, { waitUntil: 'commit' })),
    );
    interactive.push(await timeToInteractive(page));
    // Let the first visit finish (data, chunks) so the warm visit has a full HTTP cache.
    await page.waitForLoadState('load');
    warm.push(
      await timeToSelector(page, () => page.reload({ waitUntil: 'commit' })),
    );
    await context.close();
  }
  return {
    cold: stats(cold),
    warm: stats(warm),
    coldInteractive: stats(interactive),
  };
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urlArbitrary } from '../unit/hardening/fuzz-urls';
import { baseUrl, expectConsoleError, openPage, useBrowser } from './browser';

useBrowser();

describe('garbage addresses in Chromium (bounded, seeded)', () => {
  it(
    '40 generated URLs each show a heading, no crash, no injected markup',
    { timeout: 180_000 },
    async () => {
      // Garbage drug ids are looked up as data/drugs/<id>.json; the browser logs the server's 404.
      const release = expectConsoleError(/status of 404/);
      await fc.assert(
        // Servers refuse request lines past ~16 KB (HTTP 431/414) before the app is involved; stay under that.
        fc.asyncProperty(
          urlArbitrary.filter((url) => url.length < 8000),
          async (url) => {
            const page = await openPage(url);
            const heading = page.getByRole('heading', { level: 1 });
            await heading.waitFor({ timeout: 10_000 });
            expect(await heading.textContent()).not.toBe(
              'Something went wrong on this page',
            );
            expect(
              await page
                .locator(
                  'main :is(script, img, iframe, object, embed, [onerror], [onload])',
                )
                .count(),
            ).toBe(0);
            await page.context().close();
          },
        ),
        { seed: 20261123, numRuns: 40 },
      );
      release();
    },
  );
});

describe('privacy', () => {
  it('loads every route without a single request outside its own origin', async () => {
    const seen = new Set<string>();
    for (const path of [
      '/',
      '/?condition=caps',
      '/drugs/adalimumab',
      '/compare?id=anakinra&id=canakinumab',
      '/print?id=anakinra',
      '/about',
    ]) {
      const page = await openPage(path);
      page.on('request', (request) => seen.add(new URL(request.url()).origin));
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.context().close();
    }
    expect([...seen]).toEqual([new URL(baseUrl).origin]);
  });
});

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { stampDataVersion } from '../../scripts/data-version';
import { writeServiceWorker } from '../../scripts/service-worker';
import {
  startStaticServer,
  type StaticServer,
} from '../../scripts/static-server';
import { openPage, untilInteractive, useBrowser } from './browser';

useBrowser();

const dist = join(import.meta.dirname, '..', '..', 'dist');

async function untilControlled(page: Page) {
  await page.waitForFunction(
    () => navigator.serviceWorker.controller !== null,
    undefined,
    { timeout: 60_000 },
  );
}

describe('offline', () => {
  it('shows the list, a card, a comparison and a print sheet with no network', async () => {
    const page = await openPage('/', { serviceWorkers: 'allow' });
    await untilControlled(page);
    // The precache is complete once the worker is active; from here nothing reaches the server.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.context().setOffline(true);

    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Immunomodulatory therapies' })
      .waitFor();
    await page.getByRole('link', { name: 'Anakinra', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Anakinra', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Anakinra' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Anakinra' }).waitFor();
    // Sections below the first screen are laid out lazily (content-visibility), so ask for the
    // heading rather than the rendered text.
    expect(
      await page.getByRole('heading', { level: 2, name: 'Sources' }).count(),
    ).toBe(1);

    await page.goto(
      page.url().replace(/\/drugs\/.*/, '/compare?id=anakinra&id=canakinumab'),
    );
    await page
      .getByRole('columnheader', { name: /Canakinumab/ })
      .first()
      .waitFor();

    await page.goto(
      page
        .url()
        .replace(/\/compare.*/, '/print?id=tofacitinib&id=upadacitinib'),
    );
    await page.getByRole('button', { name: 'Print / Save as PDF' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});

describe('updates', () => {
  const folders: string[] = [];
  let server: StaticServer | undefined;
  afterAll(async () => {
    await server?.close();
    folders.forEach((f) => rmSync(f, { recursive: true, force: true }));
  });

  /** A copy of the build as a deployment, optionally with a newer data version and its own worker. */
  async function deployment(dataVersion?: string) {
    const folder = mkdtempSync(join(tmpdir(), 'immunodex-deploy-'));
    folders.push(folder);
    cpSync(dist, folder, { recursive: true });
    if (dataVersion) {
      stampDataVersion(join(folder, 'data'), dataVersion);
      await writeServiceWorker(folder);
    }
    return folder;
  }

  it('announces a new data version without swapping the open page, and applies it on reload', async () => {
    const [current, next] = [
      await deployment(),
      await deployment('2099-01-01'),
    ];
    server = await startStaticServer(current);
    const port = Number(new URL(server.url).port);
    const page = await openPage(`${server.url}/drugs/anakinra`, {
      serviceWorkers: 'allow',
      origin: server.url,
    });
    await untilControlled(page);
    const oldVersion = await page
      .getByText(/Data version:/)
      .first()
      .innerText();

    // Same origin, new deployment.
    await server.close();
    server = await startStaticServer(next, port);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    await page
      .getByText('New data available (version 2099-01-01): reload to use it.')
      .waitFor({ timeout: 60_000 });
    // The view the user had is untouched, and still names the data it shows.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Anakinra',
    );
    expect(
      await page
        .getByText(/Data version:/)
        .first()
        .innerText(),
    ).toBe(oldVersion);

    await page
      .getByRole('button', { name: 'Reload with the new data' })
      .click();
    await page
      .getByText(/Data version:.*2099-01-01/)
      .first()
      .waitFor();
    await untilInteractive(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Anakinra',
    );
  });
});

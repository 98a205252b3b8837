import { describe, expect, it } from 'vitest';
import { expectConsoleError, openPage, useBrowser } from './browser';

useBrowser();

describe('app shell in Chromium', () => {
  it('loads the list, opens a card and follows a source link', async () => {
    const page = await openPage('/');
    await page
      .getByRole('heading', { level: 1, name: 'Immunomodulatory therapies' })
      .waitFor();
    expect(
      await page
        .getByText(
          'For healthcare professionals. Informs; does not recommend treatment.',
        )
        .isVisible(),
    ).toBe(true);
    await page.getByRole('link', { name: 'Anakinra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anakinra' }).waitFor();
    expect(page.url()).toMatch(/\/drugs\/anakinra$/);
    expect(await page.title()).toBe('Anakinra: drug card · Immunodex');
    const heading = page.getByRole('heading', { level: 1, name: 'Anakinra' });
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    const firstMarker = page.getByRole('link', { name: /^Source 1\b/ }).first();
    await firstMarker.click();
    expect(page.url()).toMatch(/#source-/);
    await page.getByRole('link', { name: /About Immunodex/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'About Immunodex' })
      .waitFor();
  });

  it('names an unknown drug id and links back', async () => {
    // The card asks for data/drugs/no-such-drug.json; the browser logs the server's 404.
    const release = expectConsoleError(/status of 404/);
    const page = await openPage('/drugs/no-such-drug');
    await page
      .getByText('No drug with the id “no-such-drug” is in this data version.')
      .waitFor();
    await page.getByRole('link', { name: 'Back to all drugs' }).click();
    await page.getByRole('link', { name: 'Tofacitinib' }).waitFor();
    release();
  });

  it('shows a failed data file and recovers with Retry', async () => {
    const release = expectConsoleError(/status of 500/);
    const page = await openPage('/', {});
    await page.route('**/data/index.json', (route) =>
      route.fulfill({ status: 500, body: 'down' }),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await alert
      .getByText('Could not load the drug list (data/index.json).')
      .waitFor();
    expect(await alert.textContent()).toContain('HTTP 500');
    await page.unroute('**/data/index.json');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('link', { name: 'Deucravacitinib' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    release();
  });

  it('keeps valid entries when one entry of index.json breaks, and names the field', async () => {
    const page = await openPage('/');
    await page.route('**/data/index.json', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as {
        drugs: { id: string; routes: unknown }[];
      };
      const entry = body.drugs.find((d) => d.id === 'deucravacitinib');
      if (entry) entry.routes = ['by mouth'];
      await route.fulfill({ response, json: body });
    });
    await page.reload();
    await page
      .getByText(/hidden because the data file is invalid: deucravacitinib/)
      .waitFor();
    expect(
      await page
        .getByText(/\(deucravacitinib\) routes\[0\]: must be one of/)
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole('link', { name: 'Anakinra' }).isVisible()).toBe(
      true,
    );
    expect(
      await page.getByRole('link', { name: 'Deucravacitinib' }).count(),
    ).toBe(0);
  });
});

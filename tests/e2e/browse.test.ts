import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

useBrowser();

const headingsIn = async (page: Page, listName: string) =>
  page
    .getByRole('list', { name: listName })
    .getByRole('heading', { level: 3 })
    .allTextContents();

describe('Job 1 in Chromium: filter by condition', () => {
  it('Enter on "GCA" filters by giant cell arteritis; "AD" and typos offer their condition', async () => {
    const page = await openPage('/');
    const combobox = page.getByRole('combobox', { name: 'Condition' });
    for (const [typed, offered] of [
      ['AD', /Atopic dermatitis/],
      ['psoratic arthritis', /Psoriatic arthritis \(PsA\)/],
      ['Crohns', /Crohn.s disease/],
    ] as const) {
      await combobox.fill(typed);
      await page.getByRole('option', { name: offered }).first().waitFor();
    }
    await combobox.fill('GCA');
    await page.getByRole('option', { name: /Giant cell arteritis/ }).waitFor();
    await combobox.press('Enter');
    await page.waitForURL(/condition=giant-cell-arteritis/);
  });

  it('"IL-17" finds the IL-17 blockers only and "TNF inhibitor" the five TNF blockers', async () => {
    const page = await openPage('/');
    const search = page.getByRole('searchbox');
    const names = () =>
      page
        .getByRole('list', { name: 'Drugs, alphabetical' })
        .getByRole('heading', { level: 3 })
        .allTextContents();
    await search.fill('IL-17');
    await page.waitForURL(/q=IL-17/);
    await expect.poll(names).toEqual(['Ixekizumab', 'Secukinumab']);
    await search.fill('TNF inhibitor');
    await expect
      .poll(names)
      .toEqual([
        'Adalimumab',
        'Certolizumab pegol',
        'Etanercept',
        'Golimumab',
        'Infliximab',
      ]);
  });

  it('opens a shared link with the condition list closed over the results', async () => {
    const page = await openPage('/?condition=psoriatic-arthritis');
    await page
      .getByRole('heading', {
        name: 'Regulatory status of drugs for Psoriatic arthritis (US and EU)',
      })
      .waitFor();
    await page.waitForTimeout(500);
    // The combobox's own options (the filter bar's selects have options too).
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(0);
    expect(
      await page
        .getByRole('combobox', { name: 'Condition' })
        .getAttribute('aria-expanded'),
    ).toBe('false');
  });

  it('types PsA, picks it, chooses US + approved and shows the grouped result; the URL reproduces it', async () => {
    const page = await openPage('/');
    const combobox = page.getByRole('combobox', { name: 'Condition' });
    await combobox.fill('PsA');
    await page
      .getByRole('option', { name: /Psoriatic arthritis \(PsA\)/ })
      .click();
    await page.getByRole('radio', { name: 'US', exact: true }).click();
    await page.waitForURL(/region=US/);
    await page.getByRole('checkbox', { name: 'Approved', exact: true }).click();
    await page.waitForURL(/status=approved/);
    await page
      .getByRole('heading', {
        name: 'Regulatory status of drugs for Psoriatic arthritis (US)',
      })
      .waitFor();
    expect(new URL(page.url()).search).toBe(
      '?condition=psoriatic-arthritis&region=US&status=approved',
    );
    const approved = await headingsIn(page, 'Approved: Psoriatic arthritis');
    expect(approved).toEqual(
      [...approved].sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(approved).toContain('Tofacitinib');
    expect(
      await page.getByRole('link', { name: 'Anakinra', exact: true }).count(),
    ).toBe(0);

    const shared = await openPage(
      new URL(page.url()).pathname + new URL(page.url()).search,
    );
    await shared
      .getByRole('heading', {
        name: 'Regulatory status of drugs for Psoriatic arthritis (US)',
      })
      .waitFor();
    expect(await headingsIn(shared, 'Approved: Psoriatic arthritis')).toEqual(
      approved,
    );
    expect(
      await shared.getByRole('radio', { name: 'US', exact: true }).isChecked(),
    ).toBe(true);
  });

  it('finds anakinra by its brand, and goes back and forward through filter states', async () => {
    const page = await openPage('/');
    await page.getByRole('searchbox').fill('Kineret');
    await page.getByRole('link', { name: 'Anakinra', exact: true }).waitFor();
    expect(await headingsIn(page, 'Drugs, alphabetical')).toEqual(['Anakinra']);
    await page.getByRole('combobox', { name: 'Condition' }).fill('NOMID');
    await page.getByRole('option', { name: /Neonatal-onset/ }).click();
    await page
      .getByRole('heading', {
        name: /Regulatory status of drugs for Neonatal-onset/,
      })
      .waitFor();
    await page.goBack();
    await page
      .getByRole('heading', { name: /^All drugs \(1 of \d+\)$/ })
      .waitFor();
    await page.goForward();
    await page
      .getByRole('heading', {
        name: /Regulatory status of drugs for Neonatal-onset/,
      })
      .waitFor();
  });

  it('names a garbage condition in a notice and still lists the drugs', async () => {
    const page = await openPage('/?condition=%3Cimg%20src%3Dx%3E&status=best');
    await page.getByText('condition=<img src=x>: not a valid id').waitFor();
    expect(await page.getByText(/status=best: not one of/).isVisible()).toBe(
      true,
    );
    expect(await page.locator('main img').count()).toBe(0);
    await page
      .getByRole('link', { name: 'Tofacitinib', exact: true })
      .waitFor();
  });

  it('links every value on a card to an entry of its source list', async () => {
    const page = await openPage('/drugs/tofacitinib');
    await page
      .getByRole('heading', { level: 1, name: 'Tofacitinib' })
      .waitFor();
    const hrefs = await page
      .getByRole('link', { name: /^Source \d+/ })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(50);
    const ids = await page
      .locator('#sources ~ ol li')
      .evaluateAll((items) => items.map((li) => `#${li.id}`));
    for (const href of hrefs) expect(ids).toContain(href);
    // Every table row is a claim: it carries a source marker or says plainly that it is not verified.
    const unsourced = await page
      .locator('main table tbody tr')
      .evaluateAll((rows) =>
        rows
          .filter(
            (tr) =>
              !tr.querySelector('a[href^="#source-"]') &&
              !/Not verified|Not covered/.test(tr.textContent ?? ''),
          )
          .map((tr) => tr.textContent),
      );
    expect(unsourced).toEqual([]);
  });
});

describe('phone width', () => {
  it.each([
    '/drugs/upadacitinib',
    '/?condition=psoriatic-arthritis',
    '/about',
    '/print?id=anakinra',
  ])('%s never scrolls sideways at 390 px', async (path) => {
    const page = await openPage(path, { width: 390 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

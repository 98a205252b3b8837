import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectConsoleError, openPage, useBrowser } from './browser';

useBrowser();

describe('Job 2 in Chromium: compare', () => {
  it('shows three IL-1 blockers as columns with the regulatory matrix, half-life and marked differences', async () => {
    const page = await openPage(
      '/compare?id=anakinra&id=canakinumab&id=rilonacept',
    );
    const table = page.getByRole('table');
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(
      headers.slice(1).map((h) => h.split(/(?=[A-Z][a-z]+ \()/)[0]?.trim()),
    ).toEqual(['Anakinra', 'Canakinumab', 'Rilonacept']);
    await table
      .getByRole('button', { name: /Regulatory status by condition/ })
      .waitFor();
    expect(
      await table
        .getByRole('rowheader', { name: /^Half-life \((hours|days)\)/ })
        .count(),
    ).toBe(1);
    const marked = await table.getByText('(values differ)').count();
    expect(marked).toBeGreaterThan(5);
    const before = await table.getByRole('row').count();
    await page.getByRole('checkbox', { name: 'Show only differences' }).click();
    await page.waitForURL(/diff=1/);
    await expect
      .poll(() => page.getByRole('table').getByRole('row').count())
      .toBeLessThan(before);
    expect(
      await page
        .getByRole('table')
        .getByRole('rowheader', { name: 'Routes' })
        .count(),
    ).toBe(0);
  });

  it('stays readable at 390 px: the table scrolls inside itself, the page never scrolls sideways', async () => {
    const page = await openPage(
      '/compare?id=tofacitinib&id=upadacitinib&id=baricitinib&id=deucravacitinib',
      { width: 390 },
    );
    await page.getByRole('table').waitFor();
    const overflow = await page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: 'Comparison table' });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(
      true,
    );
    expect(
      await page
        .getByRole('table')
        .getByText(/from \d+ (years|months)/)
        .count(),
    ).toBeGreaterThan(0);
  });

  it('names an unknown id while showing the others', async () => {
    // Drug files are fetched in parallel with the index; the unknown one answers 404.
    const release = expectConsoleError(/status of 404/);
    const page = await openPage(
      '/compare?id=anakinra&id=no-such-drug&id=canakinumab',
    );
    await page
      .getByText('Not found in this data version: no-such-drug')
      .waitFor();
    expect(await page.getByRole('table').locator('thead th').count()).toBe(3);
    release();
  });

  it('downloads a CSV with every visible row, provenance, and formulas escaped', async () => {
    const page = await openPage(
      '/compare?id=anakinra&id=canakinumab&region=EU&diff=1',
    );
    await page.getByRole('table').waitFor();
    const rowHeaders = await page
      .getByRole('table')
      .locator('tbody tr:not(:first-child) th')
      .allTextContents();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const file = join(
      mkdtempSync(join(tmpdir(), 'immunodex-')),
      'comparison.csv',
    );
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFImmunodex comparison')).toBe(true);
    expect(csv).toContain('Region,EU');
    expect(csv).toMatch(/Data version,\d{4}-\d{2}-\d{2}/);
    const dataLines = csv
      .split('\r\n')
      .filter((line) => line && !line.startsWith('\uFEFF'));
    for (const label of rowHeaders.map((h) =>
      h.replace(/ ≠ \(values differ\)$/, '').replace(/ ≠.*$/, ''),
    )) {
      expect(dataLines.some((line) => line.includes(label))).toBe(true);
    }
    // No cell may start with a formula character unescaped.
    for (const line of dataLines.slice(7)) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@]/);
    }
  });
});

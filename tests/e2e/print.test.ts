import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

useBrowser();

/** Prints the page to PDF as Chromium's print dialog would, and returns its text and page count. */
async function printToPdf(page: Page) {
  await page.getByRole('button', { name: 'Print / Save as PDF' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'immunodex-')), 'sheet.pdf');
  writeFileSync(
    file,
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
  );
  // Whitespace is collapsed: table cells wrap words across lines.
  const text = execFileSync('pdftotext', [file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  const pages = Number(
    /Pages:\s+(\d+)/.exec(
      execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    )?.[1],
  );
  const pageSize = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  );
  const size = {
    width: Number(pageSize?.[1] ?? 0),
    height: Number(pageSize?.[2] ?? 0),
  };
  const firstPage = execFileSync(
    'pdftotext',
    ['-f', '1', '-l', '1', file, '-'],
    {
      encoding: 'utf8',
    },
  ).replace(/\s+/g, ' ');
  return { text, pages, firstPage, size };
}

describe('summary sheet in Chromium', () => {
  it('prints a dated, sourced 2-drug sheet with boxed-warning topics and no controls', async () => {
    const page = await openPage('/print?id=tofacitinib&id=upadacitinib');
    const { text, pages } = await printToPdf(page);
    expect(text).toContain('Comparison: Tofacitinib, Upadacitinib');
    expect(text).toMatch(/Printed:\s+\d{1,2} \w{3} \d{4}, \d{2}:\d{2} \S+/);
    expect(text).toMatch(/Data version:\s+\d{4}-\d{2}-\d{2}/);
    expect(text).toContain(
      'For healthcare professionals. Informs; does not recommend treatment.',
    );
    for (const topic of [
      'Serious infections',
      'Mortality',
      'Malignancy',
      'Major adverse cardiovascular events',
      'Thrombosis',
    ]) {
      expect(text).toContain(topic);
    }
    expect(text).toContain('References');
    for (const control of [
      'Print / Save as PDF',
      'Sections to print',
      'Add to comparison',
      'Skip to content',
    ]) {
      expect(text).not.toContain(control);
    }
    // Restrictions print in full (once, lettered), never shortened.
    expect(text).toContain(
      'Tofacitinib, US: after inadequate response or intolerance to at least one TNF blocker',
    );
    // The default sheet fits two portrait pages, and the running footer counts them.
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('fits the same sheet on at most two US Letter pages', async () => {
    const page = await openPage(
      '/print?id=tofacitinib&id=upadacitinib&paper=letter',
    );
    const { pages } = await printToPdf(page);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('prints six drugs in landscape, the boxed warning on the first page', async () => {
    const names = [
      'Tofacitinib',
      'Upadacitinib',
      'Baricitinib',
      'Abrocitinib',
      'Filgotinib',
      'Deucravacitinib',
    ];
    const page = await openPage(
      `/print?${names.map((n) => `id=${n.toLowerCase()}`).join('&')}`,
    );
    const { text, firstPage, size } = await printToPdf(page);
    expect(size.width).toBeGreaterThan(size.height);
    for (const name of names) expect(text).toContain(name);
    expect(firstPage).toContain('Boxed warning');
  });

  it('prints a drug card, a comparison and a filtered list from their Print links', async () => {
    const card = await openPage('/drugs/anakinra');
    await card.getByRole('link', { name: 'Print this card' }).click();
    expect((await printToPdf(card)).text).toContain('Anakinra: summary');

    const compare = await openPage('/compare?id=anakinra&id=canakinumab');
    await compare.getByRole('link', { name: 'Print', exact: true }).click();
    const compared = (await printToPdf(compare)).text;
    expect(compared).toContain('Comparison: Anakinra, Canakinumab');
    // The comparison shows both regions; its sheet starts with one (US), as the sheet says.
    expect(compared).toMatch(/Region:\s+US\s/);
    expect(compare.url()).not.toContain('region=');

    const list = await openPage('/?condition=psoriatic-arthritis&region=US');
    await list.getByRole('link', { name: 'Print this list' }).click();
    const { text, firstPage } = await printToPdf(list);
    expect(text).toContain(
      'Regulatory status of drugs for Psoriatic arthritis (US)',
    );
    expect(text).toMatch(/Approved \(\d+\)/);
    // The whole table is on the first page; its numbered references follow it.
    expect(firstPage).toContain('Grouped by regulatory status');
    expect(text).toContain('References');
    // A reference entry: title, then its version or date.
    expect(text).toMatch(/References .* Version /);
  });
});

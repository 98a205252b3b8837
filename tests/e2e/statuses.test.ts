import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { researchWords } from '../../scripts/data-check/check-rules';
import { openPage, useBrowser } from './browser';

useBrowser();

const dist = join(import.meta.dirname, '..', '..', 'dist');
type Entry = {
  id: string;
  name: string;
  indications: {
    conditionId: string;
    statuses: { region: 'US' | 'EU'; unverified?: true }[];
  }[];
};
const index = JSON.parse(
  readFileSync(join(dist, 'data', 'index.json'), 'utf8'),
) as { drugs: Entry[] };

/** Every (condition, region) where some drug's statuses are all unverified, with those drugs. */
const unverifiedOnly = new Map<string, string[]>();
for (const drug of index.drugs)
  for (const indication of drug.indications)
    for (const region of ['US', 'EU'] as const) {
      const here = indication.statuses.filter((s) => s.region === region);
      if (here.length === 0 || !here.every((s) => s.unverified)) continue;
      const key = `${indication.conditionId}|${region}`;
      unverifiedOnly.set(key, [...(unverifiedOnly.get(key) ?? []), drug.name]);
    }

/** Drug names listed under a group whose heading says "not approved", on the list page. */
async function listedAsNotApproved(page: Page) {
  const lists = page.getByRole('list', { name: /not approved/i });
  const names: string[] = [];
  for (const list of await lists.all())
    names.push(
      ...(await list.getByRole('heading', { level: 3 }).allTextContents()),
    );
  return names;
}

describe('what is not known is never "not approved"', () => {
  it('has unverified statuses to check (the test would be empty otherwise)', () => {
    expect(unverifiedOnly.size).toBeGreaterThan(0);
  });

  it(
    'never lists a drug whose statuses are all unverified under "not approved", on screen or on paper',
    { timeout: 600_000 },
    async () => {
      for (const [key, names] of unverifiedOnly) {
        const [condition, region] = key.split('|') as [string, string];
        const page = await openPage(
          `/?condition=${condition}&region=${region}`,
        );
        await page
          .getByRole('heading', { name: /^Regulatory status of drugs for/ })
          .waitFor();
        const notApproved = await listedAsNotApproved(page);
        for (const name of names) expect(notApproved, key).not.toContain(name);
        const unverifiedGroup = page.getByRole('list', {
          name: /^Status not verified: check the label:/,
        });
        for (const name of names)
          if (
            !(await page
              .getByRole('list', {
                name: /^(Off-label use|Investigational|Studied, development stopped|Not recommended)/,
              })
              .getByRole('heading', { name, exact: true })
              .count())
          )
            expect(
              await unverifiedGroup
                .getByRole('heading', { name, exact: true })
                .count(),
              `${name} in ${key}`,
            ).toBe(1);

        await page.goto(page.url().replace(/\/\?/, '/print?').replace(/$/, ''));
        const rows = page.locator('table tbody tr');
        await rows.first().waitFor();
        const printed = await rows.evaluateAll((trs) => {
          let group = '';
          return trs.map((tr) => {
            const head = tr.querySelector('th')?.textContent ?? '';
            if (head) group = head;
            return { group, drug: tr.querySelector('td')?.textContent ?? '' };
          });
        });
        for (const name of names)
          expect(
            printed.filter(
              (r) =>
                /not approved/i.test(r.group) && r.drug.startsWith(`${name} `),
            ),
            `${name} on the printed list for ${key}`,
          ).toEqual([]);
        await page.context().close();
      }
    },
  );
});

describe('pages speak to clinicians', () => {
  it('no prerendered drug page contains research-process words', () => {
    const pages = readdirSync(join(dist, 'drugs')).filter((f) =>
      f.endsWith('.html'),
    );
    expect(pages.length).toBe(index.drugs.length);
    for (const file of pages) {
      const text = readFileSync(join(dist, 'drugs', file), 'utf8')
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<[^>]+>/g, ' ')
        // Addresses may contain any word; they are not text a clinician reads.
        .replace(/https?:\/\/\S+/g, ' ');
      // The review line states honestly how the entry was compiled; it is exempt by design.
      const found = researchWords.exec(
        text.replace(/Compiled from[^.]*\.[^.]*\./g, ''),
      );
      expect(found?.[0], file).toBeUndefined();
    }
  });

  it('a 4-drug JAK comparison and its sheet show no research-process words', async () => {
    for (const path of [
      '/compare?id=tofacitinib&id=upadacitinib&id=baricitinib&id=abrocitinib&region=all',
      '/print?id=tofacitinib&id=upadacitinib&id=baricitinib&id=abrocitinib&region=all',
    ]) {
      const page = await openPage(path);
      await page.getByRole('table').first().waitFor();
      const text = (await page.locator('main').innerText()).replace(
        /https?:\/\/\S+/g,
        ' ',
      );
      expect(researchWords.exec(text)?.[0], path).toBeUndefined();
      await page.context().close();
    }
  });
});

describe('differences that mean something', () => {
  it('"Show only differences" on four JAK inhibitors keeps only rows where two known values differ', async () => {
    const page = await openPage(
      '/compare?id=tofacitinib&id=upadacitinib&id=baricitinib&id=abrocitinib&diff=1',
    );
    const rows = page.locator('tbody tr:has(th[scope="row"])');
    await rows.first().waitFor();
    const marks = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('th')?.textContent ?? ''),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const head of marks) expect(head).toContain('≠');
    await page
      .getByText(/where two known values differ \(\d+ of \d+ rows\)/)
      .waitFor();
  });

  it('a comparison opened from the PsA list for the EU keeps the condition and the region', async () => {
    const page = await openPage('/?condition=psoriatic-arthritis&region=EU');
    const approved = page.getByRole('list', {
      name: 'Approved: Psoriatic arthritis',
      exact: true,
    });
    await approved.waitFor();
    const buttons = approved.getByRole('button', { name: /Add to comparison/ });
    await buttons.nth(0).click();
    await buttons.nth(0).click();
    await page.getByRole('link', { name: 'Compare 2 drugs' }).click();
    await page.waitForURL(/\/compare\?/);
    expect(new URL(page.url()).searchParams.get('condition')).toBe(
      'psoriatic-arthritis',
    );
    expect(new URL(page.url()).searchParams.get('region')).toBe('EU');
    const firstStatusRow = page
      .getByRole('rowgroup')
      .filter({ hasText: 'Regulatory status by condition' })
      .locator('th[scope="row"]')
      .first();
    expect(await firstStatusRow.innerText()).toMatch(/^Psoriatic arthritis/);
    expect(
      await page.getByRole('radio', { name: 'EU', exact: true }).isChecked(),
    ).toBe(true);
  });
});

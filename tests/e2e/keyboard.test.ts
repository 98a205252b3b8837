import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

useBrowser();

describe('keyboard only', () => {
  it(
    'runs the three jobs by keyboard: filter, card, tray, comparison (differences only), print sheet',
    { timeout: 120_000 },
    async () => {
      const page = await openPage('/');
      await page
        .getByRole('link', { name: 'Tofacitinib', exact: true })
        .waitFor();
      await page.getByRole('combobox', { name: 'Condition' }).waitFor();
      const press = (key: string, times = 1) =>
        Array.from({ length: times }).reduce<Promise<void>>(
          (p) => p.then(() => page.keyboard.press(key)),
          Promise.resolve(),
        );
      const tabTo = async (matches: () => Promise<boolean>, limit = 60) => {
        for (let i = 0; i < limit; i += 1) {
          await press('Tab');
          if (await matches()) return;
        }
        throw new Error(
          `could not reach the element with Tab; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`,
        );
      };
      const focused = (role: string, name: RegExp) => () =>
        page.evaluate(
          ([r, n]) => {
            const el = document.activeElement as HTMLElement | null;
            const label =
              el?.getAttribute('aria-label') ?? el?.textContent ?? '';
            const roleOf =
              el?.getAttribute('role') ??
              (
                { A: 'link', BUTTON: 'button', INPUT: 'input' } as Record<
                  string,
                  string
                >
              )[el?.tagName ?? ''] ??
              '';
            return roleOf === r && new RegExp(n).test(label);
          },
          [role, name.source] as const,
        );

      await tabTo(() =>
        page.evaluate(
          () => document.activeElement?.getAttribute('role') === 'combobox',
        ),
      );
      // The best match is highlighted as you type, so Enter picks it.
      await page.keyboard.type('PsA');
      await page
        .getByRole('option', { name: /^Psoriatic arthritis \(PsA\)/ })
        .waitFor();
      await press('Enter');
      await page
        .getByRole('heading', {
          name: /Regulatory status of drugs for Psoriatic arthritis/,
        })
        .waitFor();
      await tabTo(focused('button', /Add to comparison \(Deucravacitinib\)/));
      await press('Enter');
      await tabTo(focused('link', /^Tofacitinib$/));
      await press('Enter');
      await page
        .getByRole('heading', { level: 1, name: 'Tofacitinib' })
        .waitFor();
      await tabTo(focused('button', /Add to comparison \(Tofacitinib\)/));
      await press('Enter');
      await tabTo(focused('link', /Compare 2 drugs/), 600);
      await press('Enter');
      await page
        .getByRole('heading', { level: 1, name: 'Compare drugs' })
        .waitFor();
      expect(new URL(page.url()).search).toBe(
        '?id=deucravacitinib&id=tofacitinib',
      );

      // Job 2 by keyboard: show only the differences.
      await tabTo(() =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return (
            el?.type === 'checkbox' &&
            (el.closest('label')?.textContent ?? '').includes(
              'Show only differences',
            )
          );
        }),
      );
      await press('Space');
      await page.waitForURL(/diff=1/);

      // Job 3 by keyboard: open the print sheet for the same selection and reach its print button.
      await tabTo(focused('link', /^Print$/));
      await press('Enter');
      await page
        .getByRole('heading', { level: 1, name: 'Summary sheet' })
        .waitFor();
      expect(new URL(page.url()).searchParams.getAll('id')).toEqual([
        'deucravacitinib',
        'tofacitinib',
      ]);
      await tabTo(focused('button', /Print \/ Save as PDF/));
    },
  );
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

useBrowser();

const dist = join(import.meta.dirname, '..', '..', 'dist');
const drugIds = (
  JSON.parse(readFileSync(join(dist, 'data', 'index.json'), 'utf8')) as {
    drugs: { id: string }[];
  }
).drugs.map((d) => d.id);

declare global {
  interface Window {
    prerenderedHeading?: Element | null;
  }
}

describe('prerendered pages', () => {
  it('writes the list, about, every card and the shell, with no inline script (CSP)', () => {
    const pages = [
      'index.html',
      'about.html',
      'shell.html',
      ...drugIds.map((id) => `drugs/${id}.html`),
    ];
    expect(readdirSync(join(dist, 'drugs')).sort()).toEqual(
      drugIds.map((id) => `${id}.html`).sort(),
    );
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, file).toContain('Content-Security-Policy');
    }
    expect(readFileSync(join(dist, 'shell.html'), 'utf8')).toContain(
      '<div id="root"></div>',
    );
  });

  it('shows a full card with JavaScript turned off', async () => {
    const page = await openPage('/drugs/tofacitinib', {
      javaScriptEnabled: false,
    });
    await page
      .getByRole('heading', { level: 1, name: 'Tofacitinib' })
      .waitFor();
    expect(await page.title()).toBe('Tofacitinib: drug card · Immunodex');
    const main = await page.getByRole('main').innerText();
    expect(main).toMatch(/Boxed warning/i);
    expect(main).toMatch(/Serious infections/);
    expect(await page.locator('body').innerText()).toMatch(
      /check the current prescribing information/i,
    );
    // Styled: the route's CSS module is linked in the prerendered page.
    const styled = await page
      .getByRole('heading', { level: 1 })
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(styled).not.toBe('');
  });

  it('shows the Kineret card on /drugs/anakinra with JavaScript turned off', async () => {
    const page = await openPage('/drugs/anakinra', {
      javaScriptEnabled: false,
    });
    await page.getByRole('heading', { level: 1, name: 'Anakinra' }).waitFor();
    expect(await page.getByRole('main').innerText()).toMatch(/Kineret/);
  });

  it('lists the therapies with JavaScript turned off', async () => {
    const page = await openPage('/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: 'Anakinra' }).waitFor();
    expect(await page.getByRole('link', { name: 'Upadacitinib' }).count()).toBe(
      1,
    );
  });

  it('hydrates the prerendered card instead of replacing it', async () => {
    const page = await openPage('/drugs/anakinra', {
      initScript: () => {
        document.addEventListener('DOMContentLoaded', () => {
          window.prerenderedHeading = document.querySelector('h1');
        });
      },
    });
    // Interactive once hydrated: the compare button responds.
    const add = page.getByRole('button', { name: /Add to comparison/ });
    await add.click();
    await page
      .getByRole('button', { name: /In comparison \(Anakinra\)/ })
      .waitFor();
    const kept = await page.evaluate(
      () =>
        window.prerenderedHeading !== null &&
        window.prerenderedHeading === document.querySelector('h1'),
    );
    expect(kept).toBe(true);
  });

  it('renders from scratch when the address has a query the page was not made for', async () => {
    const page = await openPage('/?condition=psoriatic-arthritis&region=US');
    await page
      .getByRole('heading', {
        name: 'Regulatory status of drugs for Psoriatic arthritis (US)',
      })
      .waitFor();
    expect(page.url()).toContain('condition=psoriatic-arthritis');
  });
});

describe('typing before the page is interactive', () => {
  it('keeps text typed into the prerendered condition field and searches it', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = await openPage('/');
    // Hold the combobox code back, as a slow network would, and type meanwhile.
    await page.route('**/assets/condition-combobox-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    const field = page.getByRole('combobox', { name: 'Condition' });
    await field.pressSequentially('psoriatic');
    release();
    await page
      .getByRole('option', { name: /Psoriatic arthritis \(PsA\)/ })
      .waitFor();
    expect(await field.inputValue()).toBe('psoriatic');
  });
});

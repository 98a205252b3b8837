import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

useBrowser();

// axe-core is evaluated through the DevTools protocol, which the page's CSP does not govern,
// so the app's policy stays exactly as shipped while it is audited.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const routes = [
  '/',
  '/?condition=psoriatic-arthritis&region=all',
  '/drugs/tofacitinib',
  '/compare?id=tofacitinib&id=upadacitinib&id=anakinra',
  '/print?id=anakinra',
  '/about',
  '/no/such/page',
];

type AxeViolation = {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
};

describe('accessibility (axe) on every route, light and dark', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of routes) {
      it(`${path} (${colorScheme}) has no serious or critical violations`, async () => {
        const page = await openPage(path, { colorScheme });
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  ctx: Document,
                  opts: object,
                ) => Promise<{ violations: AxeViolation[] }>;
              };
            }
          ).axe;
          const result = await axe.run(document, {
            resultTypes: ['violations'],
          });
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
          }));
        });
        expect(
          violations.filter(
            (v) => v.impact === 'serious' || v.impact === 'critical',
          ),
        ).toEqual([]);
      });
    }
  }
});

// Each generated case renders a whole app; cleanup between cases is ours to do inside the property.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../render';
import { urlArbitrary } from './fuzz-urls';

const forbiddenMarkup =
  'script, img, iframe, object, embed, [onerror], [onload]';

/**
 * Property: whatever the address, the app renders a page heading and a message, never the error
 * boundary, and never turns input into markup. Seeded, so a failure reproduces with the same seed.
 */
describe('garbage addresses (property-based, jsdom)', () => {
  it(
    'every generated URL renders a heading, no crash, no injected markup',
    { timeout: 120_000 },
    async () => {
      // React Router warns, and carries on, for undecodable paths: keep those out of the log, fail on anything else.
      const warn = vi
        .spyOn(console, 'warn')
        .mockImplementation(() => undefined);
      await fc.assert(
        fc.asyncProperty(urlArbitrary, async (url) => {
          try {
            renderAt(url);
            const heading = await screen.findByRole(
              'heading',
              { level: 1 },
              { timeout: 3000 },
            );
            expect(heading.textContent).not.toBe(
              'Something went wrong on this page',
            );
            const main = screen.getByRole('main');
            // eslint-disable-next-line testing-library/no-node-access -- looking for elements that must not exist
            const injected = main.querySelectorAll(forbiddenMarkup);
            expect(injected).toHaveLength(0);
          } finally {
            cleanup();
          }
        }),
        // Cheap in the unit run (a loaded CI core renders each URL in ~0.1-0.5 s); the browser suite
        // and FUZZ_RUNS=500 go further.
        { seed: 20261123, numRuns: Number(process.env.FUZZ_RUNS) || 40 },
      );
      const unexpected = warn.mock.calls
        .map((args) => String(args[0]))
        .filter((m) => !m.includes('malformed URL segment'));
      warn.mockRestore();
      expect(unexpected).toEqual([]);
    },
  );
});

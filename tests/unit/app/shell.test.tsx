import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../render';

describe('app shell', () => {
  it('shows the intended use, the data version and the drugs in alphabetical order', async () => {
    renderAt('/');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Immunomodulatory therapies',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'For healthcare professionals. Informs; does not recommend treatment.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Data version: \d{4}-\d{2}-\d{2}/),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', {
      name: 'Drugs, alphabetical',
    });
    const names = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(names).toEqual(
      [...names].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en')),
    );
    expect(names).toEqual(
      expect.arrayContaining(['Anakinra', 'Deucravacitinib', 'Tofacitinib']),
    );
    expect(document.title).toBe(
      'Immunomodulatory therapies by condition · Immunodex',
    );
  });

  it('links every page to /about and to the current prescribing information advice', async () => {
    renderAt('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About Immunodex' }),
    ).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    expect(
      within(footer).getByText(/check the current prescribing information/i),
    ).toBeInTheDocument();
    expect(
      within(footer).getByRole('link', { name: /About Immunodex/ }),
    ).toHaveAttribute('href', '/about');
    expect(
      screen.getByRole('heading', { name: 'Who it is for' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'How entries are reviewed' }),
    ).toBeInTheDocument();
  });

  it('offers a skip link to the main content', async () => {
    renderAt('/about');
    expect(
      await screen.findByRole('link', { name: 'Skip to content' }),
    ).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('moves focus to the new heading after navigating', async () => {
    const { user } = renderAt('/');
    const link = await screen.findByRole('link', { name: 'Anakinra' });
    await user.click(link);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Anakinra',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('Anakinra: drug card · Immunodex');
  });

  it('names an unknown path and links back', async () => {
    renderAt('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Go to the list of drugs' }),
    ).toHaveAttribute('href', '/');
  });
});

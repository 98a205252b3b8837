import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../render';

const namesIn = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('browse by condition', () => {
  it('finds psoriatic arthritis by "PsA" and shows US approvals grouped, the rest left out', async () => {
    const { user, router } = renderAt('/');
    const input = await screen.findByRole('combobox', { name: 'Condition' });
    await user.type(input, 'PsA');
    await user.click(
      await screen.findByRole('option', {
        name: /Psoriatic arthritis \(PsA\)/,
      }),
    );
    await user.click(screen.getByRole('radio', { name: 'US' }));
    await user.click(screen.getByRole('checkbox', { name: 'Approved' }));
    expect(router.state.location.search).toBe(
      '?condition=psoriatic-arthritis&region=US&status=approved',
    );
    const heading = await screen.findByRole('heading', {
      name: 'Regulatory status of drugs for Psoriatic arthritis (US)',
    });
    expect(heading).toBeInTheDocument();
    const approved = screen.getByRole('list', {
      name: 'Approved: Psoriatic arthritis',
    });
    const names = namesIn(approved);
    expect(names).toEqual(
      [...names].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en')),
    );
    expect(names).toEqual(
      expect.arrayContaining(['Deucravacitinib', 'Tofacitinib']),
    );
    expect(
      within(approved).getAllByText(
        /Approved with restriction: after inadequate response or intolerance to/,
      ).length,
    ).toBeGreaterThan(0);
    expect(
      screen.queryByRole('link', { name: 'Anakinra' }),
    ).not.toBeInTheDocument();
  });

  it('reproduces a shared view from the URL alone', async () => {
    renderAt('/?condition=psoriatic-arthritis&region=all');
    expect(
      await screen.findByRole('heading', {
        name: 'Regulatory status of drugs for Psoriatic arthritis (US and EU)',
      }),
    ).toBeInTheDocument();
    const otherGroups = screen.getAllByRole('list', {
      name: /^(Off-label use|Investigational|Studied, development stopped|Not recommended \(evidence against\)|Listed, not approved): Psoriatic arthritis$/,
    });
    expect(otherGroups.flatMap((list) => namesIn(list))).toContain('Anakinra');
    expect(screen.getByRole('radio', { name: 'US and EU' })).toBeChecked();
  });

  it('shows sub-type approvals apart: anakinra for CAPS is NOMID-only in the US', async () => {
    renderAt('/?condition=caps&region=US');
    const subtype = await screen.findByRole('list', {
      name: 'Approved for a sub-type only: Cryopyrin-associated periodic syndromes',
    });
    expect(
      within(subtype).getByText('Approved (NOMID only)'),
    ).toBeInTheDocument();
  });

  it('finds drugs by brand, by class words and despite one typo', async () => {
    const { user } = renderAt('/');
    const search = await screen.findByRole('searchbox', {
      name: /Search names, brands, class, target/,
    });
    await user.type(search, 'Kineret');
    expect(
      namesIn(await screen.findByRole('list', { name: 'Drugs, alphabetical' })),
    ).toEqual(['Anakinra']);
    await user.clear(search);
    await user.type(search, 'tofacitnib');
    expect(
      namesIn(screen.getByRole('list', { name: 'Drugs, alphabetical' })),
    ).toEqual(['Tofacitinib']);
    await user.clear(search);
    await user.type(search, 'jak inhibitor');
    expect(
      namesIn(screen.getByRole('list', { name: 'Drugs, alphabetical' })),
    ).toContain('Tofacitinib');
  });

  it('names a garbage condition and keeps the page', async () => {
    renderAt('/?condition=not-a-condition&region=XX');
    expect(
      await screen.findByText(
        'condition=not-a-condition: no condition with this id',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('region=XX: not one of: US, EU, all'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /All drugs/ }),
    ).toBeInTheDocument();
  });

  it('says when nothing matches and offers to widen the filter', async () => {
    const { user, router } = renderAt('/?q=zzzzzz&class=tnf');
    expect(
      await screen.findByText('No drugs match these filters.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Any class' }));
    expect(router.state.location.search).toBe('?q=zzzzzz');
    await user.click(screen.getByRole('button', { name: /Clear the search/ }));
    expect(
      await screen.findByRole('link', { name: 'Anakinra' }),
    ).toBeInTheDocument();
  });
});

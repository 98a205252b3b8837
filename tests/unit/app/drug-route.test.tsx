import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../render';

describe('drug card route', () => {
  it('names an unknown id and links back to the list', async () => {
    renderAt('/drugs/no-such-drug');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Drug not found' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'No drug with the id “no-such-drug” is in this data version.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to all drugs' }),
    ).toHaveAttribute('href', '/');
  });

  it('puts review status first, then the boxed warning, then every section', async () => {
    renderAt('/drugs/tofacitinib');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tofacitinib' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Last reviewed:')).toBeInTheDocument();
    const boxed = screen.getByRole('region', {
      name: /Boxed warning \(US label\)/,
    });
    expect(boxed).toHaveTextContent('Major adverse cardiovascular events');
    for (const name of [
      'Overview',
      'Indications and uses by region',
      'Dosing by region, indication and population',
      'Safety',
      'Screening, monitoring and vaccination',
      'Special populations and interactions',
      'Claims you may have read',
      'Sources',
    ]) {
      expect(
        screen.getByRole('heading', { level: 2, name }),
      ).toBeInTheDocument();
    }
  });

  it('links every citation marker to an entry of the numbered source list', async () => {
    renderAt('/drugs/anakinra');
    await screen.findByRole('heading', { level: 1, name: 'Anakinra' });
    const sourceSection = screen.getByRole('region', { name: 'Sources' });
    const anchors = new Set(
      within(sourceSection)
        .getAllByRole('listitem')
        .map((li) => `#${li.id}`),
    );
    const markers = screen.getAllByRole('link', { name: /^Source \d+/ });
    expect(markers.length).toBeGreaterThan(50);
    for (const marker of markers)
      expect(anchors).toContain(marker.getAttribute('href'));
  });

  it('shows "Not verified: see the label" where a claim is unverified', async () => {
    renderAt('/drugs/anakinra');
    await screen.findByRole('heading', { level: 1, name: 'Anakinra' });
    expect(
      screen.getAllByText(/Not verified: see the label/).length,
    ).toBeGreaterThan(0);
  });
});

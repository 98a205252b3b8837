import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../render';

describe('compare and print read their drugs from the URL', () => {
  it('shows the known drugs in URL order and names the unknown id', async () => {
    renderAt('/compare?id=tofacitinib&id=nope&id=anakinra');
    const list = await screen.findByRole('list', { name: 'Selected drugs' });
    const names = within(list)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toEqual(['Tofacitinib', 'Anakinra']);
    expect(
      screen.getByText('Not found in this data version: nope'),
    ).toBeInTheDocument();
    expect(
      within(list).getByText(/^IL-1 blocker: IL-1 receptor antagonist/),
    ).toBeInTheDocument();
  });

  it('asks for at least two drugs to compare', async () => {
    renderAt('/compare?id=anakinra');
    expect(
      await screen.findByText('Choose at least 2 drugs.'),
    ).toBeInTheDocument();
  });

  it('names garbage in the query string instead of failing', async () => {
    renderAt('/print?id=%3Cscript%3E&region=mars');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Summary sheet' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('id=<script>: not a valid id'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('region=mars: not one of: US, EU, all'),
    ).toBeInTheDocument();
    // The input is shown as text, never parsed as markup.
    const main = await screen.findByRole('main');
    // eslint-disable-next-line testing-library/no-node-access -- asserting the absence of an element no role can find
    expect(main.querySelector('script')).toBeNull();
  });
});

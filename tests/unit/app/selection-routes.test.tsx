import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../render';

describe('compare and print read their drugs from the URL', () => {
  it('shows the known drugs as columns in URL order and names the unknown id', async () => {
    renderAt('/compare?id=tofacitinib&id=nope&id=anakinra');
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers[1]).toMatch(/^Tofacitinib/);
    expect(headers[2]).toMatch(/^Anakinra/);
    expect(
      screen.getByText('Not found in this data version: nope'),
    ).toBeInTheDocument();
  });

  it('asks for at least two drugs to compare', async () => {
    renderAt('/compare?id=anakinra');
    expect(
      await screen.findByText(
        'Only Anakinra is selected: a comparison needs at least 2 drugs.',
      ),
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

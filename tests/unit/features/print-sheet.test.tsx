import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../render';

describe('printed comparison table', () => {
  it('prints a topic shown for both regions as one label over a US row and an EU row', async () => {
    renderAt(
      '/print?id=tofacitinib&id=upadacitinib&sections=regulatory&region=all',
    );
    const table = await screen.findByRole('table');
    const label = within(table).getByRole('rowheader', {
      name: 'Ulcerative colitis',
    });
    expect(label).toHaveAttribute('rowspan', '2');
    expect(
      screen.getByText(/Both regions side by side run longer/),
    ).toBeInTheDocument();
    // Row headers in reading order: the shared label, then one per region.
    const headers = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    const at = headers.indexOf('Ulcerative colitis');
    expect(headers.slice(at + 1, at + 3)).toEqual([
      expect.stringMatching(/^US/),
      expect.stringMatching(/^EU/),
    ]);
  });

  it('says which sections it left out, and names each drug’s review once when they match', async () => {
    renderAt('/print?id=tofacitinib&id=upadacitinib');
    expect(
      await screen.findByText(
        /Not printed on this sheet: .*warnings and precautions in full/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Tofacitinib, Upadacitinib', { selector: 'strong' }),
    ).toBeInTheDocument();
  });

  it('prints one region by default, with each restriction in full once under the status rows', async () => {
    renderAt('/print?id=tofacitinib&id=upadacitinib');
    const table = await screen.findByRole('table');
    expect(
      within(table).queryByRole('rowheader', { name: /^EU/ }),
    ).not.toBeInTheDocument();
    const ra = within(table).getByRole('row', {
      name: /^Rheumatoid arthritis/,
    });
    const letters = within(ra)
      .getAllByRole('cell')
      .map(
        (cell) =>
          /Approved with restriction \(([a-z]+)\)/.exec(cell.textContent)?.[1],
      );
    expect(letters).toEqual([expect.any(String), expect.any(String)]);
    expect(
      within(table).getByRole('cell', {
        name: `Restriction (${letters[0] ?? ''}) Tofacitinib, US: after inadequate response or intolerance to at least one TNF blocker`,
      }),
    ).toBeInTheDocument();
  });

  it('switches the printed region from the sheet, keeping the chosen sections', async () => {
    const user = userEvent.setup();
    renderAt('/print?id=tofacitinib&sections=regulatory&sections=sources');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Region' }),
      'EU',
    );
    const table = await screen.findByRole('table');
    expect(screen.getByText('EU', { selector: 'dd' })).toBeInTheDocument();
    expect(
      within(table).getAllByText(/Approved with restriction \([a-z]+\)/).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('checkbox', { name: 'Dosing' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Sources' })).toBeChecked();
  });

  it('prints dosing as notes per drug when asked, conditions with the same dosing sharing one entry', async () => {
    renderAt('/print?id=upadacitinib&sections=dosing');
    const dosing = await screen.findByRole('region', {
      name: 'Dosing, as on each label',
    });
    expect(
      within(dosing).getByRole('heading', { name: 'Upadacitinib · US' }),
    ).toBeInTheDocument();
    expect(
      within(dosing).getByText(/Psoriatic arthritis; Rheumatoid arthritis/),
    ).toBeInTheDocument();
  });
});

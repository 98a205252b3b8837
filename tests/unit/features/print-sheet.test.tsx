import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../render';

describe('printed comparison table', () => {
  it('prints a topic shown for both regions as one label over a US row and an EU row', async () => {
    renderAt('/print?id=tofacitinib&id=upadacitinib&sections=regulatory');
    const table = await screen.findByRole('table');
    const label = within(table).getByRole('rowheader', {
      name: 'Ulcerative colitis',
    });
    expect(label).toHaveAttribute('rowspan', '2');
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
});

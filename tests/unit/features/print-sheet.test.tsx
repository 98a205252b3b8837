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
    const rows = label.closest('tbody')?.querySelectorAll('tr') ?? [];
    expect(rows).toHaveLength(2);
    expect(
      [...rows].map((r) => r.querySelector('th:last-of-type')?.textContent),
    ).toEqual([expect.stringMatching(/^US/), expect.stringMatching(/^EU/)]);
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

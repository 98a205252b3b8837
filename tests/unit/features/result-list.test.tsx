import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { toBrowseEntry } from '@/domain/browse/drug-index';
import type { Drug } from '@/data/drug-schema';
import {
  PAGE_SIZE,
  ResultList,
} from '@/features/browse/components/result-list';
import { shippedDrugs } from '../data-fixtures';

describe('result list paging', () => {
  it('renders the first page of cards and adds more on request', async () => {
    const base = toBrowseEntry(
      (shippedDrugs().drugs as unknown as Drug[])[0] as Drug,
    );
    const items = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({
      drug: {
        ...base,
        id: `drug-${i}`,
        name: `Drug ${String(i).padStart(3, '0')}`,
      },
    }));
    const router = createMemoryRouter([
      {
        path: '/',
        element: <ResultList label="Drugs, alphabetical" items={items} />,
      },
    ]);
    render(<RouterProvider router={router} />);
    expect(screen.getAllByRole('article')).toHaveLength(PAGE_SIZE);
    expect(
      screen.getByText(`Showing ${PAGE_SIZE} of ${PAGE_SIZE + 5}.`),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    expect(screen.getAllByRole('article')).toHaveLength(PAGE_SIZE + 5);
    expect(
      screen.queryByRole('button', { name: /more/ }),
    ).not.toBeInTheDocument();
  });
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RouteError } from '@/app/routes/route-error';

function Broken(): never {
  throw new Error('chip renderer failed');
}

describe('route error boundary', () => {
  it('keeps the page, explains, and offers error details to copy', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the caught error
    const router = createMemoryRouter(
      [{ path: '/compare', element: <Broken />, errorElement: <RouteError /> }],
      { initialEntries: ['/compare?id=a&id=b'] },
    );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Something went wrong on this page',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Page: \/compare\?id=a&id=b/)).toBeInTheDocument();
    expect(screen.getByText(/Error: chip renderer failed/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Copy error details' }),
    ).toBeInTheDocument();
  });

  it('brings its own main landmark when the error is above the layout', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter(
      [{ path: '/', element: <Broken />, errorElement: <RouteError root /> }],
      { initialEntries: ['/'] },
    );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    const main = await screen.findByRole('main');
    expect(main).toHaveTextContent('Something went wrong on this page');
  });
});

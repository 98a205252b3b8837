import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  initialTray,
  useCompareTray,
} from '@/features/compare-tray/compare-store';
import { renderAt } from '../render';

afterEach(() => {
  act(() => useCompareTray.setState(initialTray));
  localStorage.clear();
});

describe('compare tray', () => {
  it('collects drugs from the list and opens the comparison with their ids', async () => {
    const { user, router } = renderAt('/');
    await user.click(
      await screen.findByRole('button', {
        name: '+ Add to comparison (Anakinra)',
      }),
    );
    await user.click(
      screen.getByRole('button', { name: '+ Add to comparison (Tofacitinib)' }),
    );
    const tray = await screen.findByRole('complementary', {
      name: 'Comparison tray',
    });
    expect(within(tray).getByText('Comparison (2 of 6)')).toBeInTheDocument();
    await user.click(
      within(tray).getByRole('link', { name: 'Compare 2 drugs' }),
    );
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/compare'),
    );
    expect(router.state.location.search).toBe('?id=anakinra&id=tofacitinib');
    expect(
      JSON.parse(localStorage.getItem('immunodex-compare-tray') ?? '{}'),
    ).toMatchObject({ state: { picked: ['anakinra', 'tofacitinib'] } });
  });

  it('refuses a seventh drug with a message', async () => {
    act(() =>
      useCompareTray.setState({ picked: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    );
    const { user } = renderAt('/');
    await user.click(
      await screen.findByRole('button', {
        name: '+ Add to comparison (Anakinra)',
      }),
    );
    expect(
      await screen.findByText(
        'Anakinra was not added: a comparison holds at most 6 drugs. Remove one first.',
      ),
    ).toBeInTheDocument();
    expect(useCompareTray.getState().picked).toHaveLength(6);
  });

  it('ignores tampered storage instead of trusting it', async () => {
    localStorage.setItem(
      'immunodex-compare-tray',
      JSON.stringify({
        state: { picked: ['anakinra', '<img src=x>', 42] },
        version: 0,
      }),
    );
    renderAt('/');
    const tray = await screen.findByRole('complementary', {
      name: 'Comparison tray',
    });
    expect(within(tray).getByText('Comparison (1 of 6)')).toBeInTheDocument();
  });
});

describe('compare tray without site storage', () => {
  it('works in memory and says once that the comparison will not be remembered', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Site data is blocked', 'SecurityError');
      },
    });
    try {
      const { user } = renderAt('/');
      await user.click(
        await screen.findByRole('button', {
          name: '+ Add to comparison (Anakinra)',
        }),
      );
      const tray = await screen.findByRole('complementary', {
        name: 'Comparison tray',
      });
      expect(within(tray).getByText('Comparison (1 of 6)')).toBeInTheDocument();
      expect(within(tray).getByRole('status')).toHaveTextContent(
        'This browser does not let Immunodex store data, so the comparison will not be remembered after this visit.',
      );
      expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
    }
  });
});

import '@testing-library/jest-dom/vitest';
// Vitest runs without globals, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';
import {
  initialTray,
  useCompareTray,
} from '@/features/compare-tray/compare-store';

// Lazy chunks (the condition combobox, route pages) are transformed on first use; on a loaded
// 2-core CI machine that can take longer than Testing Library's 1 s default for findBy queries.
// The unit project's test timeout (vite.config.ts) stays well above this, so a slow findBy
// reports what it was waiting for instead of being killed by the runner.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // No state leaks from one test into the next: the comparison tray and what it stored.
  useCompareTray.setState(initialTray);
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.close());

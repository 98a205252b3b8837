import { QueryClient } from '@tanstack/react-query';

/**
 * One retry absorbs a dropped packet on a ward network; after that the page shows the error and
 * a Retry button rather than spinning. Tests build their own client with retry: false.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
}

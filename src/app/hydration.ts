import type { QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter } from 'react-router';
import { dataQueries } from '@/data/api';

type Router = ReturnType<typeof createBrowserRouter>;

/**
 * Resolves once the client can render what the prerendered markup shows: the router has loaded
 * the current route's lazy code (before that it would render its fallback and mismatch), and the
 * data files the page reads are in the query cache. Resolves false when the data loaded is not
 * what the markup was made from (another data version, or entries hidden as invalid), because
 * hydrating would then mismatch; the caller renders from scratch instead.
 */
export async function readyToHydrate(
  router: Router,
  queryClient: QueryClient,
  pathname: string,
  renderedDataVersion: string | undefined,
): Promise<boolean> {
  const routeCode = new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
  const [, drugs] = await Promise.all([
    routeCode,
    queryClient.ensureQueryData(dataQueries.drugs()),
    queryClient.ensureQueryData(dataQueries.conditions()),
    // The list renders without sources.json; every other prerendered page cites them.
    pathname === '/'
      ? null
      : queryClient.ensureQueryData(dataQueries.sources()),
  ]);
  return (
    drugs.dataVersion === renderedDataVersion && drugs.invalid.length === 0
  );
}

import type { QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter } from 'react-router';
import { dataQueries } from '@/data/api';

type Router = ReturnType<typeof createBrowserRouter>;

/** The data files a prerendered page was rendered from, with the version each carries. */
function filesFor(pathname: string, queryClient: QueryClient) {
  const drugId = /^\/drugs\/([^/]+)$/.exec(pathname)?.[1];
  return [
    queryClient.ensureQueryData(dataQueries.conditions()),
    pathname === '/'
      ? queryClient
          .ensureQueryData(dataQueries.index())
          // Invalid entries are named in a notice that the prerendered list does not have.
          .then((index) =>
            index.invalid.length > 0 ? { dataVersion: 'invalid' } : index,
          )
      : null,
    drugId
      ? queryClient.ensureQueryData(
          dataQueries.drug(decodeURIComponent(drugId)),
        )
      : null,
  ];
}

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
  const [, ...files] = await Promise.all([
    routeCode,
    ...filesFor(pathname, queryClient),
  ]);
  return files.every(
    (file) => file === null || file.dataVersion === renderedDataVersion,
  );
}

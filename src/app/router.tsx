import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '@/components/ui/loading-state';
import { RootLayout } from './layout/root-layout';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteError } from './routes/route-error';

/*
 * Every page is a lazy chunk: the first download is the framework and the layout that every page
 * shares, and a page's own code never weighs on another page. A prerendered page preloads its
 * chunk in parallel with the entry (scripts/prerender.ts). React Router fetches the chunk before
 * rendering the route.
 */
const lazyPage = (load: () => Promise<{ default: ComponentType }>) => ({
  lazy: async () => ({ Component: (await load()).default }),
  errorElement: <RouteError />,
});

/**
 * The route table, shared by the browser router and the tests' memory router.
 * Each page has its own error boundary, so one failing page keeps the header and footer.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError root />,
    // Shown while a lazy page's code arrives on a direct visit to that page.
    hydrateFallbackElement: <LoadingState what="the page" />,
    children: [
      { index: true, ...lazyPage(() => import('./routes/browse-route')) },
      { path: 'drugs/:id', ...lazyPage(() => import('./routes/drug-route')) },
      { path: 'compare', ...lazyPage(() => import('./routes/compare-route')) },
      { path: 'print', ...lazyPage(() => import('./routes/print-route')) },
      { path: 'about', ...lazyPage(() => import('./routes/about-route')) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

import type { RouteObject } from 'react-router';
import { RootLayout } from './layout/root-layout';
import { AboutRoute } from './routes/about-route';
import { BrowseRoute } from './routes/browse-route';
import { CompareRoute } from './routes/compare-route';
import { DrugRoute } from './routes/drug-route';
import { NotFoundRoute } from './routes/not-found-route';
import { PrintRoute } from './routes/print-route';
import { RouteError } from './routes/route-error';

/**
 * The route table, shared by the browser router and the tests' memory router.
 * Each page has its own error boundary, so one failing page keeps the header and footer.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <BrowseRoute />, errorElement: <RouteError /> },
      {
        path: 'drugs/:id',
        element: <DrugRoute />,
        errorElement: <RouteError />,
      },
      {
        path: 'compare',
        element: <CompareRoute />,
        errorElement: <RouteError />,
      },
      { path: 'print', element: <PrintRoute />, errorElement: <RouteError /> },
      { path: 'about', element: <AboutRoute />, errorElement: <RouteError /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

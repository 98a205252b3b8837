import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { readyToHydrate } from './app/hydration';
import { createQueryClient } from './app/query-client';
import { routes } from './app/router';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const router = createBrowserRouter(routes);
const app = (
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>
);

/*
 * Hydrate only markup prerendered for exactly this address. Prerendered pages have no query
 * string, so any query (a filter, a typo) renders from scratch instead.
 * No top-level await: lazy route chunks import shared code from this entry, and an entry that
 * awaited them would be split apart (measured: +5 KB of initial JS).
 */
const { pathname, search } = window.location;
if (container.dataset.prerendered === pathname && search === '') {
  readyToHydrate(
    router,
    queryClient,
    pathname,
    container.dataset.dataVersion,
  ).then(
    (matches) =>
      matches ? hydrateRoot(container, app) : createRoot(container).render(app),
    // The prerendered page stays readable; render from scratch so the app shows what failed.
    () => createRoot(container).render(app),
  );
} else {
  createRoot(container).render(app);
}

import { lazy, Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { HeadingFocusRequest } from '@/components/ui/heading-focus';
import styles from './layout.module.css';

// The compare tray and the update notice are client-only; their code arrives after the first render.
const ClientExtras = lazy(() => import('./client-extras'));
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Asks the next page heading to take focus after each client-side navigation (not the first load). */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const requestRef = useRef(false);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    requestRef.current = true;
    // A heading already on screen (same lazy chunk, data cached) mounted before this effect ran.
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      requestRef.current = false;
      heading.focus();
    }
  }, [pathname]);
  return requestRef;
}

export function RootLayout() {
  const focusRequestRef = useFocusOnNavigation();
  return (
    <>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className={styles.main}>
        {/* The update notice sits above the page, in its column, whatever the route. */}
        <Suspense fallback={null}>
          <ClientExtras part="updates" />
        </Suspense>
        <HeadingFocusRequest.Provider value={focusRequestRef}>
          <Outlet />
        </HeadingFocusRequest.Provider>
      </main>
      <Suspense fallback={null}>
        <ClientExtras part="tray" />
      </Suspense>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}

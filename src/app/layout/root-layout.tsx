import { lazy, Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import styles from './layout.module.css';

// The tray is client-only state read after the first render; its code can arrive after it too.
const CompareTray = lazy(
  () => import('@/features/compare-tray/components/compare-tray'),
);
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Moves focus to the new page's heading after client-side navigation, as a page load would. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus({ preventScroll: false });
  }, [pathname]);
  return mainRef;
}

export function RootLayout() {
  const mainRef = useFocusOnNavigation();
  return (
    <>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <Suspense fallback={null}>
        <CompareTray />
      </Suspense>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';
import { useHeadingFocusRequest } from './heading-focus';

type PageHeadingProps = { title: string; children?: ReactNode };

/**
 * The page's <title> and <h1> together, so no route forgets either. React 19 hoists <title>
 * into <head>. After a navigation, the heading takes focus, as a page load would put the reader there.
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const focusRequestRef = useHeadingFocusRequest();
  useEffect(() => {
    if (focusRequestRef?.current) {
      focusRequestRef.current = false;
      ref.current?.focus();
    }
  }, [focusRequestRef]);
  return (
    <>
      <title>{`${title} · Immunodex`}</title>
      <h1 ref={ref} tabIndex={-1}>
        {children ?? title}
      </h1>
    </>
  );
}

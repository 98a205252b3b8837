import type { ReactNode } from 'react';

type PageHeadingProps = { title: string; children?: ReactNode };

/**
 * The page's <title> and <h1> together, so no route forgets either. React 19 hoists <title>
 * into <head>. The heading takes focus after navigation (tabIndex -1).
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  return (
    <>
      <title>{`${title} · Immunodex`}</title>
      <h1 tabIndex={-1}>{children ?? title}</h1>
    </>
  );
}

import { Link, useLocation } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/domain/url/paths';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeading title="Page not found" />
      <p>
        There is no page at{' '}
        <code>
          {pathname.length > 120 ? `${pathname.slice(0, 120)}…` : pathname}
        </code>
        .
      </p>
      <p>
        <Link to={paths.browse()}>Go to the list of drugs</Link> or{' '}
        <Link to={paths.about()}>read about Immunodex</Link>.
      </p>
    </>
  );
}

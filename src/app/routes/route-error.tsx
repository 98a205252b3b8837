import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/config/paths';

/** The per-route error boundary: the header and footer stay, this part explains itself. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <>
      <PageHeading title="Something went wrong on this page" />
      <div role="alert">
        <p>
          This part of Immunodex failed to display. The rest of the app still
          works.
        </p>
        <p>
          Error: <code>{message}</code>
        </p>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>{' '}
          or <Link to={paths.browse()}>go to the list of drugs</Link>.
        </p>
      </div>
    </>
  );
}

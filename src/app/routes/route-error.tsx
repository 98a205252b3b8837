import { useQueryClient } from '@tanstack/react-query';
import { Fragment } from 'react';
import {
  isRouteErrorResponse,
  Link,
  useLocation,
  useRouteError,
} from 'react-router';
import { CopyText } from '@/components/ui/copy-text';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/domain/url/paths';
import { dataQueries } from '@/data/api';

/** The per-route error boundary: the header and footer stay, this part explains itself. */
/**
 * `root`: the error happened above the layout (no header, footer or main landmark around it), so
 * this page brings its own main landmark.
 */
export function RouteError({ root = false }: { root?: boolean }) {
  const error = useRouteError();
  const location = useLocation();
  const dataVersion = useQueryClient().getQueryData(
    dataQueries.conditions().queryKey,
  )?.dataVersion;
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  const details = [
    `Page: ${location.pathname}${location.search}`,
    `Data version: ${dataVersion ?? 'not loaded'}`,
    `Error: ${message}`,
    `Time: ${new Date().toISOString()}`,
  ].join('\n');
  const Frame = root ? 'main' : Fragment;
  return (
    <Frame>
      <PageHeading title="Something went wrong on this page" />
      <div role="alert">
        <p>
          This part of Immunodex failed to display. The rest of the app still
          works.
        </p>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>{' '}
          or <Link to={paths.browse()}>go to the list of drugs</Link>.
        </p>
      </div>
      <h2>Report this problem</h2>
      <p>
        These details contain no personal data. Paste them into your report (see
        About for how to report).
      </p>
      <CopyText label="Copy error details" text={details} />
    </Frame>
  );
}

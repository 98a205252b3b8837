import type { ReactNode } from 'react';
import type { DataState, Dataset, Failure } from '@/data/data-state';
import { Button } from './button';
import { ErrorState } from './error-state';
import { InvalidEntriesNotice } from './invalid-entries-notice';
import { LoadingState } from './loading-state';
import { Notice } from './notice';
import { PageHeading } from './page-heading';

type DatasetGateProps<D extends Dataset> = {
  state: DataState<D>;
  /** Failures the page explains in its own words (an unknown drug id on a card). */
  handled?: (failure: Failure) => boolean;
  /** The page's heading when nothing can be shown, for pages that have none outside the gate. */
  failedTitle?: string;
  children: (data: D) => ReactNode;
};

/**
 * Renders the pending and error states of the bundled data, and the page once it is usable.
 * A drug file that failed is named with Retry above a page that shows everything else.
 */
export function DatasetGate<D extends Dataset>({
  state,
  handled = () => false,
  failedTitle,
  children,
}: DatasetGateProps<D>) {
  const heading = failedTitle ? <PageHeading title={failedTitle} /> : null;
  if (state.status === 'pending')
    return <LoadingState what="the reference data" />;
  if (state.status === 'error' && state.mixedVersions) {
    return (
      <>
        {heading}
        <Notice
          title={`The data files on this page come from two versions of Immunodex (${state.mixedVersions.join(' and ')}). Reload to get one version.`}
        >
          <p>Nothing from the two versions is shown side by side.</p>
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </Notice>
      </>
    );
  }
  const failures = state.failures.filter((f) => !handled(f));
  const failed = failures.map((failure) => (
    <ErrorState
      key={failure.what}
      what={failure.what}
      error={failure.error}
      onRetry={failure.retry}
    />
  ));
  if (state.status === 'error')
    return (
      <>
        {heading}
        {failed}
      </>
    );
  const invalid = state.data.index?.invalid ?? [];
  return (
    <>
      {failed}
      {invalid.length > 0 && <InvalidEntriesNotice invalid={invalid} />}
      {children(state.data)}
    </>
  );
}

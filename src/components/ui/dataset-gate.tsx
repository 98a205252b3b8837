import type { ReactNode } from 'react';
import type { Dataset, DatasetState } from '@/data/use-dataset';
import { ErrorState } from './error-state';
import { InvalidEntriesNotice } from './invalid-entries-notice';
import { LoadingState } from './loading-state';

type DatasetGateProps = {
  state: DatasetState;
  children: (data: Dataset) => ReactNode;
};

/** Renders the pending and error states of the bundled data, and the page once it is usable. */
export function DatasetGate({ state, children }: DatasetGateProps) {
  if (state.status === 'pending')
    return <LoadingState what="the reference data" />;
  if (state.status === 'error') {
    return (
      <>
        {state.failures.map((failure) => (
          <ErrorState
            key={failure.what}
            what={failure.what}
            error={failure.error}
            onRetry={failure.retry}
          />
        ))}
      </>
    );
  }
  return (
    <>
      {state.data.drugsFile.invalid.length > 0 && (
        <InvalidEntriesNotice invalid={state.data.drugsFile.invalid} />
      )}
      {children(state.data)}
    </>
  );
}

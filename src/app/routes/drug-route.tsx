import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { DatasetGate } from '@/components/ui/dataset-gate';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/domain/url/paths';
import { dataQueries } from '@/data/api';
import { isMissingFile, type Failure } from '@/data/data-state';
import { useDataset } from '@/data/use-dataset';
import { AddToCompareButton } from '@/features/compare-tray/components/add-to-compare-button';
import { DrugCard } from '@/features/drug-card/components/drug-card';

export default function DrugRoute() {
  const { id = '' } = useParams();
  const state = useDataset({ drugIds: [id] });
  return (
    <DatasetGate
      state={state}
      handled={isMissingFile}
      failedTitle="Drug card could not be loaded"
    >
      {({ drugs, conditions, sources, dataVersion }) => {
        const drug = drugs[0];
        if (drug) {
          return (
            <DrugCard
              dataVersion={dataVersion}
              drug={drug}
              conditions={conditions}
              sources={sources}
              actions={<AddToCompareButton id={drug.id} name={drug.name} />}
            />
          );
        }
        const missing =
          state.status === 'success' ? state.failures[0] : undefined;
        return missing && isMissingFile(missing) ? (
          <MissingDrug id={id} failure={missing} />
        ) : (
          <PageHeading title="Drug could not be loaded" />
        );
      }}
    </DatasetGate>
  );
}

/**
 * No file for this id. Only the index can tell an unknown id from a listed drug whose file is
 * missing from the deployment, so it is fetched on this path alone.
 */
function MissingDrug({ id, failure }: { id: string; failure: Failure }) {
  const index = useQuery(dataQueries.index());
  if (index.isPending) return <LoadingState what="the drug list" />;
  const listed = index.data?.drugs.find((entry) => entry.id === id);
  const invalid = index.data?.invalid.some((entry) => entry.id === id);
  if (listed) {
    return (
      <>
        <PageHeading title={listed.name} />
        <ErrorState
          what={`the entry for ${listed.name}`}
          error={failure.error}
          onRetry={failure.retry}
        />
      </>
    );
  }
  return (
    <>
      <PageHeading title="Drug not found" />
      <Notice
        title={
          invalid
            ? `The entry “${id}” exists but is invalid, so it is hidden.`
            : `No drug with the id “${id}” is in this data version.`
        }
      >
        <p>
          <Link to={paths.browse()}>Back to all drugs</Link>
        </p>
      </Notice>
    </>
  );
}

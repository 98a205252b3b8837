import { DatasetGate } from '@/components/ui/dataset-gate';
import { PageHeading } from '@/components/ui/page-heading';
import { useDataset } from '@/data/use-dataset';
import { BrowseView } from '@/features/browse/components/browse-view';
import { AddToCompareButton } from '@/features/compare-tray/components/add-to-compare-button';
import { useAppQuery } from '@/lib/use-app-query';

export function BrowseRoute() {
  const state = useDataset({ index: true });
  const { query, ignored, update } = useAppQuery();
  return (
    <>
      <PageHeading title="Immunomodulatory therapies by condition">
        Immunomodulatory therapies
      </PageHeading>
      <DatasetGate state={state}>
        {(data) => (
          <BrowseView
            data={data}
            query={query}
            ignored={ignored}
            update={update}
            renderActions={(drug) => (
              <AddToCompareButton id={drug.id} name={drug.name} />
            )}
          />
        )}
      </DatasetGate>
    </>
  );
}

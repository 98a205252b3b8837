import { DatasetGate } from '@/components/ui/dataset-gate';
import { PageHeading } from '@/components/ui/page-heading';
import { useListData } from '@/data/use-list-data';
import { BrowseView } from '@/features/browse/components/browse-view';
import { AddToCompareButton } from '@/features/compare-tray/components/add-to-compare-button';
import { useAppQuery } from '@/domain/url/use-app-query';

export default function BrowseRoute() {
  const state = useListData();
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

import { DatasetGate } from '@/components/ui/dataset-gate';
import { EmptyState } from '@/components/ui/empty-state';
import { IgnoredParamsNotice } from '@/components/ui/ignored-params-notice';
import { PageHeading } from '@/components/ui/page-heading';
import { useDataset } from '@/data/use-dataset';
import { useAppQuery } from '@/lib/use-app-query';
import { DrugList } from '@/features/drugs/components/drug-list';

export function BrowseRoute() {
  const state = useDataset();
  const { ignored } = useAppQuery();
  return (
    <>
      <PageHeading title="Immunomodulatory therapies" />
      {ignored.length > 0 && <IgnoredParamsNotice ignored={ignored} />}
      <DatasetGate state={state}>
        {({ drugsFile }) =>
          drugsFile.drugs.length === 0 ? (
            <EmptyState title="No drug entries are available in this data version." />
          ) : (
            <DrugList drugs={drugsFile.drugs} label="Drugs, alphabetical" />
          )
        }
      </DatasetGate>
    </>
  );
}

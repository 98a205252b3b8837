import { DatasetGate } from '@/components/ui/dataset-gate';
import { PageHeading } from '@/components/ui/page-heading';
import { useDataset } from '@/data/use-dataset';
import { SelectedDrugs } from '@/features/selection/components/selected-drugs';
import { SelectionNotices } from '@/features/selection/components/selection-notices';
import { resolveIds } from '@/features/selection/resolve-ids';
import { useAppQuery } from '@/lib/use-app-query';

export default function CompareRoute() {
  const state = useDataset();
  const { query, ignored } = useAppQuery();
  return (
    <>
      <PageHeading title="Compare drugs" />
      <DatasetGate state={state}>
        {({ drugsFile }) => {
          const { drugs, unknownIds } = resolveIds(query.ids, drugsFile.drugs);
          return (
            <>
              <SelectionNotices
                ignored={ignored}
                unknownIds={unknownIds}
                foundCount={drugs.length}
                minimum={2}
              />
              {drugs.length > 0 && <SelectedDrugs drugs={drugs} />}
            </>
          );
        }}
      </DatasetGate>
    </>
  );
}

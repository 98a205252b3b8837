import { DatasetGate } from '@/components/ui/dataset-gate';
import { PageHeading } from '@/components/ui/page-heading';
import { useDataset } from '@/data/use-dataset';
import { CompareEmpty } from '@/features/compare/components/compare-empty';
import { CompareView } from '@/features/compare/components/compare-view';
import { SelectionNotices } from '@/features/selection/components/selection-notices';
import { resolveIds } from '@/features/selection/resolve-ids';
import { useAppQuery } from '@/lib/use-app-query';

export default function CompareRoute() {
  const state = useDataset();
  const { query, ignored, update } = useAppQuery();
  return (
    <>
      <PageHeading title="Compare drugs" />
      <DatasetGate state={state}>
        {(data) => {
          const { drugs, unknownIds } = resolveIds(
            query.ids,
            data.drugsFile.drugs,
          );
          return (
            <>
              <SelectionNotices
                ignored={ignored}
                unknownIds={unknownIds}
                foundCount={drugs.length}
                minimum={0}
              />
              {drugs.length < 2 ? (
                <CompareEmpty selected={drugs} all={data.drugsFile.drugs} />
              ) : (
                <CompareView
                  data={data}
                  drugs={drugs}
                  query={query}
                  update={update}
                />
              )}
            </>
          );
        }}
      </DatasetGate>
    </>
  );
}

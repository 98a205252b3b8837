import { DatasetGate } from '@/components/ui/dataset-gate';
import { PageHeading } from '@/components/ui/page-heading';
import { CompareEmpty } from '@/features/compare/components/compare-empty';
import { CompareView } from '@/features/compare/components/compare-view';
import { SelectionNotices } from '@/features/selection/components/selection-notices';
import { useSelection } from '@/features/selection/use-selection';
import { useAppQuery } from '@/domain/url/use-app-query';

export default function CompareRoute() {
  const { query, ignored, update } = useAppQuery();
  const { state, isUnknownId, select } = useSelection(query.ids);
  return (
    <>
      <PageHeading title="Compare drugs" />
      <DatasetGate state={state} handled={isUnknownId}>
        {(data) => {
          const { listed, drugs, unknownIds } = select(data);
          return (
            <>
              <SelectionNotices
                ignored={ignored}
                unknownIds={unknownIds}
                foundCount={listed.length}
                minimum={0}
              />
              {drugs.length < 2 ? (
                <CompareEmpty selected={listed} all={data.index?.drugs ?? []} />
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

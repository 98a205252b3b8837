import { DatasetGate } from '@/components/ui/dataset-gate';
import { IgnoredParamsNotice } from '@/components/ui/ignored-params-notice';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { useDataset } from '@/data/use-dataset';
import { CompareEmpty } from '@/features/compare/components/compare-empty';
import { CompareView } from '@/features/compare/components/compare-view';
import { resolveIds } from '@/features/selection/resolve-ids';
import { useAppQuery } from '@/lib/use-app-query';

export default function CompareRoute() {
  const state = useDataset();
  const { query, ignored, update } = useAppQuery();
  return (
    <>
      <PageHeading title="Compare drugs" />
      {ignored.length > 0 && <IgnoredParamsNotice ignored={ignored} />}
      <DatasetGate state={state}>
        {(data) => {
          const { drugs, unknownIds } = resolveIds(
            query.ids,
            data.drugsFile.drugs,
          );
          return (
            <>
              {unknownIds.length > 0 && (
                <Notice
                  title={`Not found in this data version: ${unknownIds.join(', ')}`}
                >
                  <p>The other drugs are shown.</p>
                </Notice>
              )}
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

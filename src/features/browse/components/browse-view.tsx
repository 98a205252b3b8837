import {
  lazy,
  Suspense,
  useDeferredValue,
  useMemo,
  type ReactNode,
} from 'react';
import { IgnoredParamsNotice } from '@/components/ui/ignored-params-notice';
import { Notice } from '@/components/ui/notice';
import type { AppQuery } from '@/domain/url/url-params';
import type { Region } from '@/data/enums';
import type { IndexedDataset } from '@/data/data-state';
import type { IgnoredParam } from '@/domain/url/url-state';
import { conditionGroups } from '../condition-options';
import { toBrowseEntry } from '@/domain/browse/drug-index';
import { filterDrugs } from '../filter-drugs';
import { groupByStatus } from '@/domain/browse/group-results';
import { BrowseResults } from './browse-results';
import { ConditionPlaceholder } from './condition-placeholder';
import { FilterBar, regionFilterLabels } from './filter-bar';

// Downshift is ~10 KB gzip; as its own chunk it stays out of the initial budget. The request starts
// as soon as this module runs, in parallel with the data files, so the picker is ready with the list.
const comboboxModule =
  typeof window === 'undefined' ? undefined : import('./condition-combobox');
const ConditionCombobox = lazy(
  () => comboboxModule ?? import('./condition-combobox'),
);

type Props = {
  data: Pick<IndexedDataset, 'conditions' | 'index'>;
  query: AppQuery;
  ignored: IgnoredParam[];
  update: (patch: Partial<AppQuery>, options?: { replace?: boolean }) => void;
  renderActions?: (drug: { id: string; name: string }) => ReactNode;
};

/** Job 1: filter therapies by condition. Everything shown is derived from the URL query. */
export function BrowseView({
  data,
  query,
  ignored,
  update,
  renderActions,
}: Props) {
  const { conditions } = data;
  const index = useMemo(
    () => data.index.drugs.map(toBrowseEntry),
    [data.index.drugs],
  );
  const regions: Region[] = useMemo(
    () => (query.region === 'all' ? ['US', 'EU'] : [query.region]),
    [query.region],
  );
  const options = useMemo(
    () => conditionGroups(conditions, index, regions),
    [conditions, index, regions],
  );
  const condition = conditions.find((c) => c.id === query.condition);
  // Results follow the query a beat behind the inputs: React renders them in an interruptible pass,
  // so typing never waits for thousands of cards.
  const deferred = useDeferredValue(query);
  const filtered = useMemo(
    () => filterDrugs(index, deferred),
    [index, deferred],
  );
  const grouped = useMemo(
    () =>
      condition
        ? groupByStatus(
            filtered,
            condition.id,
            regions,
            conditions,
            deferred.status,
          )
        : undefined,
    [filtered, condition, regions, conditions, deferred.status],
  );
  const allIgnored =
    condition || !query.condition
      ? ignored
      : [
          ...ignored,
          {
            param: 'condition',
            value: query.condition,
            reason: 'no condition with this id',
          },
        ];
  return (
    <>
      {allIgnored.length > 0 && <IgnoredParamsNotice ignored={allIgnored} />}
      <FilterBar
        query={query}
        update={update}
        conditionPicker={
          <Suspense fallback={<ConditionPlaceholder name={condition?.name} />}>
            <ConditionCombobox
              groups={options}
              selected={condition}
              regionLabel={regionFilterLabels[query.region]}
              onSelect={(id) => update({ condition: id })}
            />
          </Suspense>
        }
      />
      {!condition && query.status.length > 0 && (
        <Notice
          title="Status filters apply once a condition is chosen"
          tone="info"
        >
          <p>
            Statuses belong to a drug and a condition; choose a condition to see
            them.
          </p>
        </Notice>
      )}
      <BrowseResults
        query={query}
        update={update}
        condition={condition}
        grouped={grouped}
        drugs={filtered}
        total={index.length}
        {...(renderActions ? { renderActions } : {})}
      />
    </>
  );
}

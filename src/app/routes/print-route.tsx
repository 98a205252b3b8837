import { useState } from 'react';
import { DatasetGate } from '@/components/ui/dataset-gate';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { useQuery } from '@tanstack/react-query';
import { dataQueries } from '@/data/api';
import { descendantsOf } from '@/domain/status-chips';
import { DrugSheet } from '@/features/print/components/drug-sheet';
import { SheetControls } from '@/features/print/components/sheet-controls';
import { StatusListSheet } from '@/features/print/components/status-list-sheet';
import { usePrintQuery } from '@/features/print/use-print-query';
import { SelectionNotices } from '@/features/selection/components/selection-notices';
import { useSelection } from '@/features/selection/use-selection';

/** Printed date and time with its time zone, fixed when the page opens so screen and paper agree. */
const formatNow = () =>
  new Date().toLocaleString('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });

export default function PrintRoute() {
  const { query, ignored, update } = usePrintQuery();
  const listIds = useListedIds(
    query.ids.length === 0 ? query.condition : undefined,
  );
  const { state, isUnknownId, select } = useSelection(query.ids, listIds);
  const [printedAt] = useState(formatNow);
  return (
    <>
      <PageHeading title="Summary sheet" />
      <DatasetGate state={state} handled={isUnknownId}>
        {(data) => {
          const { drugs, unknownIds } = select(data);
          const condition = data.conditions.find(
            (c) => c.id === query.condition,
          );
          const listMode = query.ids.length === 0 && condition !== undefined;
          return (
            <>
              <SelectionNotices
                ignored={ignored}
                unknownIds={unknownIds}
                foundCount={drugs.length}
                minimum={listMode ? 0 : 1}
              />
              {query.condition && !condition && (
                <Notice
                  title={`No condition with the id “${query.condition}” is in this data version.`}
                />
              )}
              {listMode ? (
                <>
                  <SheetControls
                    query={query}
                    update={update}
                    showSections={false}
                  />
                  <StatusListSheet
                    data={data}
                    condition={condition}
                    query={query}
                    printedAt={printedAt}
                  />
                </>
              ) : (
                <>
                  {drugs.length > 0 && (
                    <>
                      <SheetControls
                        query={query}
                        update={update}
                        showSections
                      />
                      <DrugSheet
                        data={data}
                        drugs={drugs}
                        query={query}
                        printedAt={printedAt}
                      />
                    </>
                  )}
                </>
              )}
            </>
          );
        }}
      </DatasetGate>
    </>
  );
}

/**
 * The printed list of one condition cites the sources of every status it shows, so it reads the
 * files of the drugs listed for that condition or one of its sub-types (found in the index).
 */
function useListedIds(conditionId: string | undefined): string[] {
  const index = useQuery({
    ...dataQueries.index(),
    enabled: conditionId !== undefined,
  });
  const conditions = useQuery(dataQueries.conditions());
  if (!conditionId || !index.data || !conditions.data) return [];
  const covered = new Set([
    conditionId,
    ...descendantsOf(conditionId, conditions.data.conditions).map((c) => c.id),
  ]);
  return index.data.drugs
    .filter((d) => d.indications.some((i) => covered.has(i.conditionId)))
    .map((d) => d.id);
}

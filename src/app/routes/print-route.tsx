import { useState } from 'react';
import { DatasetGate } from '@/components/ui/dataset-gate';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { useDataset } from '@/data/use-dataset';
import { DrugSheet } from '@/features/print/components/drug-sheet';
import { SheetControls } from '@/features/print/components/sheet-controls';
import { StatusListSheet } from '@/features/print/components/status-list-sheet';
import { usePrintQuery } from '@/features/print/use-print-query';
import { SelectionNotices } from '@/features/selection/components/selection-notices';
import { resolveIds } from '@/features/selection/resolve-ids';

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
  const state = useDataset();
  const { query, ignored, update } = usePrintQuery();
  const [printedAt] = useState(formatNow);
  return (
    <>
      <PageHeading title="Summary sheet" />
      <DatasetGate state={state}>
        {(data) => {
          const { drugs, unknownIds } = resolveIds(
            query.ids,
            data.drugsFile.drugs,
          );
          const condition = data.conditions.find(
            (c) => c.id === query.condition,
          );
          const listMode = drugs.length === 0 && condition !== undefined;
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

import { useEffect, useMemo } from 'react';
import type { PrintQuery } from '../use-print-query';
import { toBrowseEntry } from '@/domain/browse/drug-index';
import { groupByStatus } from '@/domain/browse/group-results';
import type { Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import type { Dataset } from '@/data/data-state';
import { Cite, SourceNumberingProvider } from '@/components/ui/citations';
import { SourceList } from '@/components/ui/source-list';
import { applyPageSetup } from '../page-setup';
import { sourcePicker } from '../sheet-rows';
import styles from './print-sheet.module.css';
import { SHEET_DISCLAIMER, TitleBlock } from './title-block';

type Props = {
  data: Dataset;
  condition: Condition;
  query: PrintQuery;
  printedAt: string;
};

/** The filtered list on one page: every listed drug for the condition, grouped by status, alphabetical within. */
export function StatusListSheet({ data, condition, query, printedAt }: Props) {
  const regions: Region[] =
    query.region === 'all' ? ['US', 'EU'] : [query.region];
  const regionLabel = regions.join(' and ');
  const groups = useMemo(
    () =>
      groupByStatus(
        data.drugs.map(toBrowseEntry),
        condition.id,
        regions,
        data.conditions,
        query.status,
      ),
    // regions derives from query.region
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, condition.id, query.region, query.status],
  );
  // Each status cites one strongest source, picked and numbered as on the drug sheets.
  const citeFor = useMemo(
    () =>
      sourcePicker(
        groups.flatMap((group) =>
          group.drugs.flatMap(({ chips }) =>
            regions.flatMap((r) => (chips[r] ?? []).map((c) => c.sourceIds)),
          ),
        ),
        data.sources,
      ),
    // regions derives from query.region, as groups does
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [groups, data.sources],
  );
  const order = [
    ...new Set(
      groups.flatMap((group) =>
        group.drugs.flatMap(({ chips }) =>
          regions.flatMap((r) =>
            (chips[r] ?? []).flatMap((c) => citeFor(c.sourceIds)),
          ),
        ),
      ),
    ),
  ];
  const dataVersion = data.dataVersion;
  useEffect(
    () =>
      applyPageSetup({
        paper: query.paper,
        landscape: false,
        footer: `Immunodex · printed ${printedAt} · data version ${dataVersion} · ${SHEET_DISCLAIMER}`,
      }),
    [query.paper, printedAt, dataVersion],
  );
  return (
    <SourceNumberingProvider order={order}>
      <article className={styles.sheet} aria-label="Summary sheet">
        <TitleBlock
          heading={`Regulatory status of drugs for ${condition.name} (${regionLabel})`}
          drugs={[]}
          region={regionLabel}
          condition={condition.name}
          dataVersion={dataVersion}
          printedAt={printedAt}
        />
        {groups.length === 0 ? (
          <p>
            No drug in this data version has a recorded status for{' '}
            {condition.name}.
          </p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Status group</th>
                <th scope="col">Drug</th>
                {regions.map((r) => (
                  <th scope="col" key={r}>
                    {r}
                  </th>
                ))}
                <th scope="col">Last reviewed</th>
              </tr>
            </thead>
            <tbody>
              {groups.flatMap((group) =>
                group.drugs.map(({ drug, chips }, index) => (
                  <tr key={`${group.id}-${drug.id}`}>
                    <th scope="row">
                      {index === 0
                        ? `${group.title} (${group.drugs.length})`
                        : ''}
                    </th>
                    <td>
                      {drug.name}{' '}
                      <span className={styles.small}>
                        (
                        {drug.brands
                          .map((b) => b.name)
                          .filter((n, i, all) => all.indexOf(n) === i)
                          .join(', ')}
                        )
                      </span>
                    </td>
                    {regions.map((r) => (
                      <td key={r}>
                        {chips[r]?.map((c, i) => (
                          <span key={`${c.kind}-${i}`}>
                            {i > 0 ? '; ' : ''}
                            {c.label}
                            <Cite sourceIds={citeFor(c.sourceIds)} />
                          </span>
                        ))}
                      </td>
                    ))}
                    <td>{drug.lastReviewed}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
        <p className={styles.small}>
          Grouped by regulatory status, alphabetical within each group; not a
          ranking. Each status cites its strongest source; qualifiers and every
          source are on each drug’s card.
        </p>
        {order.length > 0 && (
          <section className={styles.references}>
            <h3>References</h3>
            <SourceList order={order} sources={data.sources} />
          </section>
        )}
      </article>
    </SourceNumberingProvider>
  );
}

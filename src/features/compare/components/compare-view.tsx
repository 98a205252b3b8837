import { useMemo } from 'react';
import { SourceNumberingProvider } from '@/components/ui/citations';
import { SourceList } from '@/components/ui/source-list';
import type { AppQuery } from '@/domain/url/url-params';
import { buildComparison } from '@/domain/comparison/build-comparison';
import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import type { Dataset } from '@/data/data-state';
import { comparisonCsv, downloadText } from '../csv-export';
import { CompareControls } from './compare-controls';
import { CompareTable } from './compare-table';
import styles from './compare-view.module.css';

type Props = {
  data: Dataset;
  drugs: Drug[];
  query: AppQuery;
  update: (patch: Partial<AppQuery>) => void;
};

/** Job 2: 2–6 drugs side by side, one region's claims per cell, differences marked neutrally. */
export function CompareView({ data, drugs, query, update }: Props) {
  const regions: Region[] =
    query.region === 'all' ? ['US', 'EU'] : [query.region];
  const groups = useMemo(
    () =>
      buildComparison(drugs, {
        regions,
        conditions: data.conditions,
        focusCondition: query.condition,
      }),
    // regions is derived from query.region
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drugs, query.region, data.conditions, query.condition],
  );
  const visible = query.diff
    ? groups
        .map((g) => ({ ...g, rows: g.rows.filter((r) => r.differs) }))
        .filter((g) => g.rows.length > 0)
    : groups;
  const order = [
    ...new Set(
      visible.flatMap((g) =>
        g.rows.flatMap((r) => r.cells.flatMap((c) => c.sourceIds)),
      ),
    ),
  ];
  const download = () =>
    downloadText(
      `immunodex-comparison-${drugs.map((d) => d.id).join('-')}-${query.region}.csv`,
      comparisonCsv({
        drugNames: drugs.map((d) => d.name),
        groups: visible,
        region: regions.join(' and '),
        dataVersion: data.dataVersion,
        generatedAt: new Date().toISOString(),
      }),
      'text/csv;charset=utf-8',
    );
  return (
    <SourceNumberingProvider order={order}>
      <CompareControls
        query={query}
        selected={drugs}
        all={data.index?.drugs ?? []}
        update={update}
        onDownload={download}
      />
      <p className={styles.legend}>
        <span aria-hidden="true">≠</span> marks a row where the drugs differ.
        Marks are neutral: they do not mean better or worse.
        {regions.length > 1
          ? ' US and EU rows are shown separately and never merged.'
          : ` Showing the ${regions[0]} label's claims.`}
      </p>
      {visible.length === 0 ? (
        <p>
          All compared attributes are the same for these drugs. Untick “Show
          only differences” to see every row.
        </p>
      ) : (
        <CompareTable drugs={drugs} groups={visible} />
      )}
      <section aria-labelledby="compare-sources" className={styles.sources}>
        <h2 id="compare-sources">Sources</h2>
        <SourceList order={order} sources={data.sources} />
      </section>
    </SourceNumberingProvider>
  );
}

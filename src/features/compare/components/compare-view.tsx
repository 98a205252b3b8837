import { useMemo } from 'react';
import { SourceNumberingProvider } from '@/components/ui/citations';
import { SourceList } from '@/components/ui/source-list';
import type { AppQuery } from '@/domain/url/url-params';
import { buildComparison } from '@/domain/comparison/build-comparison';
import type { Drug } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import type { Dataset } from '@/data/data-state';
import type { Row } from '@/domain/comparison/types';
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
  const shown = (row: Row) =>
    (!query.diff && !query.gaps) ||
    (query.diff && row.differs) ||
    (query.gaps && row.gap);
  const visible = groups
    .map((g) => ({ ...g, rows: g.rows.filter(shown) }))
    .filter((g) => g.rows.length > 0);
  const allRows = groups.flatMap((g) => g.rows);
  const differing = allRows.filter((r) => r.differs).length;
  const gapped = allRows.filter((r) => r.gap).length;
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
        <span aria-hidden="true">≠</span> marks a row where two known values
        differ ({differing} of {allRows.length} rows);{' '}
        <span aria-hidden="true">◌</span> marks a row where a value is not
        verified ({gapped} rows), which is a gap in the data, not a difference.
        Marks are neutral: they do not mean better or worse.
        {regions.length > 1
          ? ' US and EU rows are shown separately and never merged.'
          : ` Showing the ${regions[0]} label's claims.`}
      </p>
      {visible.length === 0 ? (
        <p>
          No row matches the ticked options. Untick “Show only differences” or
          “Show only rows with a value not verified” to see every row.
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

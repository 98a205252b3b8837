import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { buttonClassName, Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/domain/url/paths';
import type { AppQuery } from '@/domain/url/url-params';
import type { Condition } from '@/data/files-schema';
import type { DrugIndexEntry } from '@/domain/browse/drug-index';
import type { GroupedResults } from '@/domain/browse/group-results';
import { regionFilterLabels } from './filter-bar';
import { ResultList } from './result-list';
import styles from './browse-results.module.css';

type Props = {
  query: AppQuery;
  update: (patch: Partial<AppQuery>) => void;
  condition: Condition | undefined;
  grouped: GroupedResults | undefined;
  drugs: DrugIndexEntry[];
  total: number;
  renderActions?: (drug: { id: string; name: string }) => ReactNode;
};

export function BrowseResults({
  query,
  update,
  condition,
  grouped,
  drugs,
  total,
  renderActions,
}: Props) {
  const count = grouped
    ? grouped.reduce((n, g) => n + g.drugs.length, 0)
    : drugs.length;
  const region = regionFilterLabels[query.region];
  const heading = condition
    ? `Regulatory status of drugs for ${condition.name} (${region})`
    : `All drugs (${drugs.length} of ${total})`;
  return (
    <section aria-labelledby="results-heading">
      <div className={styles.header}>
        <h2 id="results-heading">{heading}</h2>
        {condition && count > 0 && (
          <Link
            className={buttonClassName}
            to={paths.print([], {
              condition: condition.id,
              region: query.region,
              status: query.status,
            })}
          >
            Print this list
          </Link>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {count} {count === 1 ? 'drug' : 'drugs'} shown
      </p>
      {condition && (
        <p className={styles.hint}>
          Grouped by regulatory status; alphabetical within each group. Not a
          ranking.
        </p>
      )}
      {count === 0 ? (
        <EmptyState title="No drugs match these filters.">
          <p>Widen the search:</p>
          <div className={styles.widen}>
            {query.region !== 'all' && (
              <Button onClick={() => update({ region: 'all' })}>
                Show US and EU
              </Button>
            )}
            {query.status.length > 0 && (
              <Button onClick={() => update({ status: [] })}>Any status</Button>
            )}
            {query.classGroup && (
              <Button onClick={() => update({ classGroup: undefined })}>
                Any class
              </Button>
            )}
            {query.route && (
              <Button onClick={() => update({ route: undefined })}>
                Any route
              </Button>
            )}
            {query.q && (
              <Button onClick={() => update({ q: '' })}>
                Clear the search “{query.q}”
              </Button>
            )}
            {condition && (
              <Button onClick={() => update({ condition: undefined })}>
                Any condition
              </Button>
            )}
          </div>
        </EmptyState>
      ) : grouped && condition ? (
        grouped.map((group) => (
          <section key={group.id} aria-labelledby={`group-${group.id}`}>
            <h3 id={`group-${group.id}`} className={styles.groupTitle}>
              {group.title}{' '}
              <span className={styles.count}>({group.drugs.length})</span>
            </h3>
            <ResultList
              label={`${group.title}: ${condition.name}`}
              items={group.drugs}
              conditionName={condition.name}
              {...(renderActions ? { renderActions } : {})}
            />
          </section>
        ))
      ) : (
        <ResultList
          label="Drugs, alphabetical"
          items={drugs.map((drug) => ({ drug }))}
          {...(renderActions ? { renderActions } : {})}
        />
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { StatusChip } from '@/components/ui/status-chip';
import { paths } from '@/domain/url/paths';
import { regions } from '@/data/enums';
import { formatBrands } from '@/domain/format-brands';
import { classGroupLabels, routeLabels } from '@/domain/labels';
import type { DrugIndexEntry } from '@/domain/browse/drug-index';
import type { ChipsByRegion } from '@/domain/browse/group-results';
import styles from './result-card.module.css';

type Props = {
  drug: DrugIndexEntry;
  chips?: ChipsByRegion;
  conditionName?: string;
  actions?: ReactNode;
};

/** One drug in the list: identity, boxed-warning flag and, with a condition chosen, its status per region. */
export function ResultCard({ drug, chips, conditionName, actions }: Props) {
  const titleId = `drug-${drug.id}`;
  return (
    <article aria-labelledby={titleId} className={styles.card}>
      <h3 id={titleId} className={styles.name}>
        <Link to={paths.drug(drug.id)}>{drug.name}</Link>
      </h3>
      <p className={styles.brands}>
        {formatBrands({ brandNames: drug.brands })}
      </p>
      <p className={styles.meta}>
        {classGroupLabels[drug.classGroup]} · {drug.target}
      </p>
      <p className={styles.meta}>
        {drug.routes.map((r) => routeLabels[r]).join(', ')}
      </p>
      <BoxedFlag state={drug.boxedWarning} />
      {chips && (
        <dl
          className={styles.chips}
          aria-label={conditionName ? `Status for ${conditionName}` : 'Status'}
        >
          {regions
            .filter((r) => chips[r])
            .map((region) => (
              <div key={region} className={styles.chipRow}>
                <dt>{region}</dt>
                <dd>
                  {chips[region]?.map((chip) => (
                    <StatusChip key={chip.label} chip={chip} cite={false} />
                  ))}
                </dd>
              </div>
            ))}
        </dl>
      )}
      {actions && <div className={styles.actions}>{actions}</div>}
    </article>
  );
}

function BoxedFlag({ state }: { state: DrugIndexEntry['boxedWarning'] }) {
  if (state === 'present') {
    return (
      <p className={`${styles.flag} ${styles.boxed}`}>
        <span aria-hidden="true">▣ </span>Boxed warning (US)
      </p>
    );
  }
  return (
    <p className={styles.flag}>
      {state === 'no-us-label'
        ? 'Not approved in the US'
        : state === 'absent'
          ? 'No boxed warning (US)'
          : 'Boxed warning (US): not verified'}
    </p>
  );
}

import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { isSourced } from '@/data/claim';
import type { Drug } from '@/data/drug-schema';
import { formatBrands } from '@/data/format-brands';
import { classGroupLabels, routeLabels } from '@/data/labels';
import styles from './drug-summary.module.css';

/** One drug in a list: identity at a glance, and whether the US label carries a boxed warning. */
export function DrugSummary({ drug }: { drug: Drug }) {
  const titleId = `drug-${drug.id}`;
  return (
    <article aria-labelledby={titleId} className={styles.card}>
      <h2 id={titleId} className={styles.name}>
        <Link to={paths.drug(drug.id)}>{drug.name}</Link>
      </h2>
      <p className={styles.brands}>{formatBrands(drug)}</p>
      <p className={styles.meta}>
        {classGroupLabels[drug.classGroup]} · {drug.target}
      </p>
      <p className={styles.meta}>
        {drug.routes.map((r) => routeLabels[r]).join(', ')}
      </p>
      <BoxedWarningFlag drug={drug} />
    </article>
  );
}

function BoxedWarningFlag({ drug }: { drug: Drug }) {
  const boxed = drug.boxedWarning;
  if (!isSourced(boxed))
    return <p className={styles.flag}>Boxed warning (US): not verified</p>;
  return boxed.present ? (
    <p className={`${styles.flag} ${styles.boxed}`}>
      <span aria-hidden="true">▣ </span>Boxed warning (US)
    </p>
  ) : (
    <p className={styles.flag}>No boxed warning (US)</p>
  );
}

import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Drug } from '@/data/drug-schema';
import { formatBrands } from '@/data/format-brands';
import { classGroupLabels } from '@/data/labels';
import styles from './selected-drugs.module.css';

/** The selected drugs in URL order, with name, brands and class. */
export function SelectedDrugs({ drugs }: { drugs: readonly Drug[] }) {
  return (
    <ol className={styles.list} aria-label="Selected drugs">
      {drugs.map((drug) => (
        <li key={drug.id} className={styles.item}>
          <Link to={paths.drug(drug.id)} className={styles.name}>
            {drug.name}
          </Link>
          <span>{formatBrands(drug)}</span>
          <span>
            {classGroupLabels[drug.classGroup]}: {drug.drugClass}
          </span>
        </li>
      ))}
    </ol>
  );
}

import type { Drug } from '@/data/drug-schema';
import { DrugSummary } from './drug-summary';
import styles from './drug-list.module.css';

/** Drugs in alphabetical order of name: the app lists, it never ranks. */
export function DrugList({
  drugs,
  label,
}: {
  drugs: readonly Drug[];
  label: string;
}) {
  const sorted = [...drugs].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <ul aria-label={label} className={styles.list}>
      {sorted.map((drug) => (
        <li key={drug.id}>
          <DrugSummary drug={drug} />
        </li>
      ))}
    </ul>
  );
}

import type { ReactNode } from 'react';
import type { DrugIndexEntry } from '@/data/browse/drug-index';
import type { ChipsByRegion } from '@/data/browse/group-results';
import { ResultCard } from './result-card';
import styles from './result-list.module.css';

type Item = { drug: DrugIndexEntry; chips?: ChipsByRegion };
type Props = {
  label: string;
  items: Item[];
  conditionName?: string;
  renderActions?: (drug: { id: string; name: string }) => ReactNode;
};

export function ResultList({
  label,
  items,
  conditionName,
  renderActions,
}: Props) {
  return (
    <ul aria-label={label} className={styles.list}>
      {items.map(({ drug, chips }) => (
        <li key={drug.id}>
          <ResultCard
            drug={drug}
            {...(chips ? { chips } : {})}
            {...(conditionName ? { conditionName } : {})}
            actions={renderActions?.(drug)}
          />
        </li>
      ))}
    </ul>
  );
}

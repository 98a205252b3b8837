import type { ReactNode } from 'react';
import styles from './states.module.css';

type EmptyStateProps = { title: string; children?: ReactNode };

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className={`${styles.box} ${styles.info}`}>
      <p className={styles.title}>{title}</p>
      {children}
    </div>
  );
}

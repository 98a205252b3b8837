import type { ReactNode } from 'react';
import styles from './states.module.css';

type NoticeProps = {
  title: string;
  tone?: 'info' | 'warning';
  children?: ReactNode;
};

/** A non-blocking message: ignored URL values, entries hidden because they failed the schema. */
export function Notice({ title, tone = 'warning', children }: NoticeProps) {
  return (
    <div role="status" className={`${styles.box} ${styles[tone]}`}>
      <p className={styles.title}>{title}</p>
      {children}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { Button, buttonClassName } from '@/components/ui/button';
import { paths } from '@/domain/url/paths';
import { readQuery } from '@/domain/url/url-state';
import { MAX_COMPARED } from '@/domain/url/url-params';
import { dataQueries } from '@/data/api';
import { useCompareTray } from '../compare-store';
import { trayStorage } from '../tray-storage';
import styles from './compare-tray.module.css';

/** The picked drugs, always in reach at the bottom of the screen, with the way to /compare. */
export default function CompareTray() {
  const { picked, refusal, remove, clear } = useCompareTray();
  const location = useLocation();
  // Names come from the index, fetched only once something is picked.
  const index = useQuery({
    ...dataQueries.index(),
    enabled: picked.length > 0,
  });
  useEffect(() => {
    // persist is absent when zustand found no storage at all; the tray then simply lives in memory.
    void useCompareTray.persist?.rehydrate();
  }, []);
  const nameOf = (id: string) =>
    index.data?.drugs.find((d) => d.id === id)?.name ?? id;
  if (picked.length === 0 && !refusal) return null;
  // From a filtered list, the comparison keeps its condition (its rows first) and region.
  const context =
    location.pathname === paths.browse()
      ? (({ condition, region }) => ({ condition, region }))(
          readQuery(new URLSearchParams(location.search)).query,
        )
      : {};
  return (
    <aside aria-label="Comparison tray" className={styles.tray}>
      <p className={styles.title}>
        Comparison ({picked.length} of {MAX_COMPARED})
      </p>
      <ul className={styles.list}>
        {picked.map((id) => (
          <li key={id}>
            {nameOf(id)}{' '}
            <button
              type="button"
              className={styles.remove}
              onClick={() => remove(id)}
              aria-label={`Remove ${nameOf(id)} from comparison`}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        {picked.length >= 2 ? (
          <Link
            className={`${buttonClassName} ${styles.primary}`}
            to={paths.compare(picked, context)}
          >
            Compare {picked.length} drugs
          </Link>
        ) : (
          <span className={styles.hint}>Pick at least 2 drugs to compare.</span>
        )}
        <Button onClick={clear}>Clear</Button>
      </div>
      <p role="status" className={styles.refusal}>
        {refusal}
        {picked.length > 0 && !trayStorage.remembered()
          ? `${refusal ? ' ' : ''}This browser does not let Immunodex store data, so the comparison will not be remembered after this visit.`
          : ''}
      </p>
    </aside>
  );
}

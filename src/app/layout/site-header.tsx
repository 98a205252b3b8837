import { useQuery } from '@tanstack/react-query';
import { Link, NavLink } from 'react-router';
import { paths } from '@/domain/url/paths';
import { dataQueries } from '@/data/api';
import styles from './layout.module.css';

export const INTENDED_USE =
  'For healthcare professionals. Informs; does not recommend treatment.';

export function SiteHeader() {
  // conditions.json is on every page and small; it carries the data version like every data file.
  const conditions = useQuery(dataQueries.conditions());
  const version = conditions.data?.dataVersion;
  return (
    <header className={styles.header}>
      <div className={styles.headerInner}>
        <Link to={paths.browse()} className={styles.brand}>
          Immunodex
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <NavLink to={paths.browse()} end>
            Browse
          </NavLink>
          <NavLink to="/compare">Compare</NavLink>
          <NavLink to={paths.about()}>About</NavLink>
        </nav>
        <p className={styles.meta}>
          <span>{INTENDED_USE}</span>
          <span>
            Data version:{' '}
            {version ?? (conditions.isError ? 'unavailable' : 'loading…')}
          </span>
        </p>
      </div>
    </header>
  );
}

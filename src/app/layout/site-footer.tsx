import { Link } from 'react-router';
import { paths } from '@/domain/url/paths';
import styles from './layout.module.css';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.footerInner}>
        <p>
          Always check the current prescribing information (US label or EU SmPC)
          before prescribing. Every fact here cites its source and the date it
          was read.
        </p>
        <p>
          <Link to={paths.about()}>
            About Immunodex: intended users, sources and review
          </Link>
        </p>
      </div>
    </footer>
  );
}

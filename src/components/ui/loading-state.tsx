import styles from './states.module.css';

export function LoadingState({ what }: { what: string }) {
  return (
    <p role="status" className={styles.loading}>
      Loading {what}…
    </p>
  );
}

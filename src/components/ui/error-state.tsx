import { DataFileError } from '@/lib/data-file-error';
import { Button } from './button';
import styles from './states.module.css';

type ErrorStateProps = { what: string; error: unknown; onRetry?: () => void };

/** Says what failed, why in the data file's own terms, and offers Retry. Never blank. */
export function ErrorState({ what, error, onRetry }: ErrorStateProps) {
  const problems =
    error instanceof DataFileError ? error.problems : [errorMessage(error)];
  const file = error instanceof DataFileError ? error.file : undefined;
  return (
    <div role="alert" className={`${styles.box} ${styles.error}`}>
      <p className={styles.title}>
        Could not load {what}
        {file ? ` (${file})` : ''}.
      </p>
      <ul className={styles.problems}>
        {problems.slice(0, 12).map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
        {problems.length > 12 && (
          <li>…and {problems.length - 12} more problems</li>
        )}
      </ul>
      {onRetry && <Button onClick={onRetry}>Retry</Button>}
    </div>
  );
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'An unexpected error occurred.';
}

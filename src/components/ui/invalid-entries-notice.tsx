import type { InvalidEntry } from '@/data/parse-index';
import { Notice } from './notice';
import styles from './states.module.css';

/** Render only when there are invalid entries. Entries that failed the schema are hidden, never half-shown; this says which and why. */
export function InvalidEntriesNotice({
  invalid,
}: {
  invalid: readonly InvalidEntry[];
}) {
  const names = invalid.map((entry) => entry.id).join(', ');
  return (
    <Notice
      title={`${invalid.length} drug ${invalid.length === 1 ? 'entry is' : 'entries are'} hidden because the data file is invalid: ${names}`}
    >
      <ul className={styles.problems}>
        {invalid
          .flatMap((entry) => entry.problems.slice(0, 5))
          .map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
      </ul>
      <p>The other entries are shown as usual.</p>
    </Notice>
  );
}

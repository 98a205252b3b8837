import styles from './condition-combobox.module.css';

/** Holds the combobox's place (same size, same label) for the moment its code is loading. */
export function ConditionPlaceholder({ name }: { name: string | undefined }) {
  return (
    <div className={styles.wrap}>
      <label className={styles.label}>
        Condition
        <span className={styles.field}>
          <input
            className={styles.input}
            disabled
            value={name ?? ''}
            placeholder="Loading the condition list…"
            readOnly
          />
        </span>
      </label>
    </div>
  );
}

import { Cite } from '@/components/ui/citations';
import type { Drug } from '@/data/drug-schema';
import type { DosingNote } from '../dosing-notes';
import styles from './print-sheet.module.css';

/** Dosing per drug and region, as on the label; conditions with the same words share an entry. */
export function DosingNotesSection({
  drugs,
  notes,
}: {
  drugs: readonly Drug[];
  notes: readonly DosingNote[];
}) {
  if (notes.length === 0) return null;
  return (
    <section className={styles.dosing} aria-labelledby="sheet-dosing">
      <h3 id="sheet-dosing">Dosing, as on each label</h3>
      <p className={styles.small}>
        Conditions whose dosing reads the same share one entry; conditions
        without dosing for a drug are left out.
      </p>
      <div
        className={drugs.length >= 4 ? styles.dosingWide : styles.dosingColumns}
      >
        {notes.map((note) => (
          <div
            key={`${note.drugIndex}-${note.region ?? ''}`}
            className={styles.dosingDrug}
          >
            <h4>
              {drugs[note.drugIndex]?.name}
              {note.region ? ` · ${note.region}` : ''}
            </h4>
            {note.entries.map((entry) => (
              <div key={entry.conditions.join()} className={styles.dosingEntry}>
                <div className={styles.dosingConditions}>
                  {entry.conditions.join('; ')}
                </div>
                <span className={styles.cellText}>
                  {entry.cell.unverified
                    ? 'Not verified: see the label'
                    : entry.cell.text}
                </span>
                {entry.cell.sourceIds.length > 0 && (
                  <Cite sourceIds={entry.cell.sourceIds} />
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}

import { CopyText } from '@/components/ui/copy-text';
import type { Drug } from '@/data/drug-schema';
import styles from './card.module.css';

/** A ready-made report naming the drug and asking for the field, so corrections reach the data fast. */
export function ReportDataError({
  drug,
  dataVersion,
}: {
  drug: Drug;
  dataVersion: string;
}) {
  const template = [
    `Drug: ${drug.name} (id: ${drug.id})`,
    `Data version: ${dataVersion}; entry last reviewed ${drug.lastReviewed}`,
    'Section and field (e.g. "Dosing, US, rheumatoid arthritis"): ',
    'What the card says: ',
    'What the source says, with its address and section: ',
  ].join('\n');
  return (
    <details className={styles.section}>
      <summary>Report a data error</summary>
      <p>
        Copy this template, fill in the field and the correct value with its
        source, and send it as described on the About page. No data is sent from
        this page.
      </p>
      <CopyText label="Copy report template" text={template} />
    </details>
  );
}

import type { Drug } from '@/data/drug-schema';
import styles from './print-sheet.module.css';

type Props = {
  heading: string;
  drugs: Drug[];
  region: string;
  condition: string | undefined;
  dataVersion: string;
  printedAt: string;
  /** Section names left off this sheet, so a reader on paper knows what is not there. */
  omitted?: string[] | undefined;
};

export const SHEET_DISCLAIMER =
  'For healthcare professionals. Informs; does not recommend treatment. Check the current prescribing information.';

/** Drugs reviewed the same way on the same day share one line, so six identical paragraphs print once. */
function reviewGroups(drugs: Drug[]) {
  const groups = new Map<
    string,
    { names: string[]; lastReviewed: string; review: string }
  >();
  for (const drug of drugs) {
    const key = `${drug.lastReviewed}\n${drug.review}`;
    const group = groups.get(key) ?? {
      names: [],
      lastReviewed: drug.lastReviewed,
      review: drug.review,
    };
    group.names.push(drug.name);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ ...g, names: g.names.join(', ') }));
}

/** Who, what, where, when, which data, and how each entry was reviewed: the sheet must stand alone on paper. */
export function TitleBlock({
  heading,
  drugs,
  region,
  condition,
  dataVersion,
  printedAt,
  omitted = [],
}: Props) {
  return (
    <header className={styles.title}>
      <p className={styles.brand}>Immunodex</p>
      <h2 className={styles.sheetHeading}>{heading}</h2>
      <dl className={styles.meta}>
        <dt>Region</dt>
        <dd>{region}</dd>
        {condition && (
          <>
            <dt>Condition</dt>
            <dd>{condition}</dd>
          </>
        )}
        <dt>Printed</dt>
        <dd>{printedAt}</dd>
        <dt>Data version</dt>
        <dd>{dataVersion}</dd>
      </dl>
      {drugs.length > 0 && (
        <ul className={styles.reviews}>
          {reviewGroups(drugs).map(({ names, lastReviewed, review }) => (
            <li key={names}>
              <strong>{names}</strong>: last reviewed {lastReviewed}. {review}
            </li>
          ))}
        </ul>
      )}
      {omitted.length > 0 && (
        <p className={styles.omitted}>
          Not printed on this sheet: {omitted.join('; ')}. See Immunodex for
          these sections.
        </p>
      )}
      <p className={styles.disclaimer}>{SHEET_DISCLAIMER}</p>
    </header>
  );
}

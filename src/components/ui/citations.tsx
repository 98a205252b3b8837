import { createContext, useContext, type ReactNode } from 'react';
import styles from './citations.module.css';

/** Maps a source id to its number in the page's reference list. */
const SourceNumbering = createContext<ReadonlyMap<string, number>>(new Map());

export function SourceNumberingProvider({
  order,
  children,
}: {
  order: readonly string[];
  children: ReactNode;
}) {
  const numbering = new Map(order.map((id, index) => [id, index + 1]));
  return (
    <SourceNumbering.Provider value={numbering}>
      {children}
    </SourceNumbering.Provider>
  );
}

export const sourceAnchor = (id: string) => `source-${id}`;

type CiteProps = { sourceIds: readonly string[]; locator?: string | undefined };

/** Citation markers that jump to the numbered source; the locator says where in it. */
export function Cite({ sourceIds, locator }: CiteProps) {
  const numbering = useContext(SourceNumbering);
  return (
    <span className={styles.cite}>
      {sourceIds.map((id) => {
        const number = numbering.get(id);
        const label = `Source ${number ?? id}${locator ? `, ${locator}` : ''}`;
        return (
          <a
            key={id}
            href={`#${sourceAnchor(id)}`}
            aria-label={label}
            title={label}
            className={styles.marker}
          >
            [{number ?? '?'}]
          </a>
        );
      })}
    </span>
  );
}

/** Shown wherever a fact could not be verified; the value itself is never guessed. */
export function NotVerified({ note }: { note: string }) {
  return (
    <span className={styles.unverified}>
      <span aria-hidden="true">⚠ </span>Not verified: see the label.{' '}
      <span className={styles.note}>({note})</span>
    </span>
  );
}

import type { ReactNode } from 'react';
import { Cite } from '@/components/ui/citations';
import type { Row, RowGroup } from '@/domain/comparison/types';
import type { Drug } from '@/data/drug-schema';
import type { RestrictionNote } from '../restriction-notes';
import styles from './print-sheet.module.css';

/** Rows printed together: a topic's US and EU rows share one label cell and never part across pages. */
function blocksOf(rows: Row[]): Row[][] {
  const blocks: Row[][] = [];
  for (const row of rows) {
    const last = blocks.at(-1);
    const previous = last?.[0];
    if (
      last?.length === 1 &&
      previous?.topic !== undefined &&
      previous.topic === row.topic &&
      previous.region !== row.region
    )
      last.push(row);
    else blocks.push([row]);
  }
  return blocks;
}

const isBoxed = (row: Row) => row.id.startsWith('boxed-');

/**
 * The printed table. One drug prints as a monograph (attribute, value); several drugs print as
 * columns. A topic shown for both regions prints as one label over a US row and an EU row (the
 * cells are still each region's own claim). Headers repeat on every page; no row or region pair
 * splits across pages (print CSS). On paper an unverified value says so and points to the label;
 * the reason is on screen.
 */
export function SheetTable({
  drugs,
  groups,
  restrictionNotes = [],
}: {
  drugs: Drug[];
  groups: RowGroup[];
  /** Printed in full right under the status rows that name their letters. */
  restrictionNotes?: readonly RestrictionNote[];
}) {
  const differs = (row: Row) =>
    `${row.differs && drugs.length > 1 ? ' ≠' : ''}${row.gap ? ' ◌' : ''}`;
  const cells = (row: Row) =>
    row.cells.map((cell, index) => (
      <td key={drugs[index]?.id ?? index}>
        <span className={styles.cellText}>
          {cell.unverified ? 'Not verified: see the label' : cell.text}
        </span>
        {cell.sourceIds.length > 0 && <Cite sourceIds={cell.sourceIds} />}
      </td>
    ));
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col" colSpan={2} className={styles.labelCol}>
            Attribute
          </th>
          {drugs.map((drug) => (
            <th scope="col" key={drug.id}>
              {drug.name}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group) => (
        <GroupRows
          key={group.title}
          title={group.title}
          span={drugs.length + 2}
        >
          {blocksOf(group.rows).map((block) => {
            const [first, second] = block;
            if (!first) return null;
            if (!second)
              return (
                <tbody key={first.id} className={styles.block}>
                  <tr className={isBoxed(first) ? styles.boxedRow : undefined}>
                    <th scope="row" colSpan={2}>
                      {first.label}
                      {differs(first)}
                    </th>
                    {cells(first)}
                  </tr>
                </tbody>
              );
            return (
              <tbody key={first.id} className={styles.block}>
                {block.map((row, index) => (
                  <tr
                    key={row.id}
                    className={isBoxed(row) ? styles.boxedRow : undefined}
                  >
                    {index === 0 && (
                      <th scope="rowgroup" rowSpan={block.length}>
                        {first.topic}
                      </th>
                    )}
                    <th scope="row" className={styles.regionCell}>
                      {row.region}
                      {differs(row)}
                    </th>
                    {cells(row)}
                  </tr>
                ))}
              </tbody>
            );
          })}
          {group.id === 'regulatory' &&
            restrictionNotes.map((note) => (
              <tbody key={note.letter} className={styles.block}>
                <tr className={styles.noteRow}>
                  <td colSpan={drugs.length + 2}>
                    <span className={styles.noteLetter}>
                      Restriction ({note.letter})
                    </span>{' '}
                    {drugs[note.drugIndex]?.name}
                    {note.region ? `, ${note.region}` : ''}: {note.text}
                  </td>
                </tr>
              </tbody>
            ))}
        </GroupRows>
      ))}
    </table>
  );
}

function GroupRows({
  title,
  span,
  children,
}: {
  title: string;
  span: number;
  children: ReactNode;
}) {
  return (
    <>
      <tbody className={styles.groupHead}>
        <tr className={styles.groupRow}>
          <th scope="colgroup" colSpan={span}>
            {title}
          </th>
        </tr>
      </tbody>
      {children}
    </>
  );
}

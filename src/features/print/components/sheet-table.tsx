import { Cite } from '@/components/ui/citations';
import type { RowGroup } from '@/data/comparison/types';
import type { Drug } from '@/data/drug-schema';
import styles from './print-sheet.module.css';

/**
 * The printed table. One drug prints as a two-column monograph (attribute, value); several drugs
 * print as columns. Headers repeat on each page and no row splits across pages (print CSS).
 */
export function SheetTable({
  drugs,
  groups,
}: {
  drugs: Drug[];
  groups: RowGroup[];
}) {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col" className={styles.labelCol}>
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
        <tbody key={group.id}>
          <tr className={styles.groupRow}>
            <th scope="colgroup" colSpan={drugs.length + 1}>
              {group.title}
            </th>
          </tr>
          {group.rows.map((row) => (
            <tr
              key={row.id}
              className={
                row.id.startsWith('boxed-US') || row.id === 'boxed-EU'
                  ? styles.boxedRow
                  : undefined
              }
            >
              <th scope="row">
                {row.label}
                {row.differs && drugs.length > 1 ? ' ≠' : ''}
              </th>
              {row.cells.map((cell, index) => (
                <td key={drugs[index]?.id ?? index}>
                  <span className={styles.cellText}>
                    {cell.unverified
                      ? `Not verified: see the label${cell.note ? ` (${cell.note})` : ''}`
                      : cell.text}
                  </span>
                  {cell.sourceIds.length > 0 && (
                    <Cite sourceIds={cell.sourceIds} />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

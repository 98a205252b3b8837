import { useState } from 'react';
import { Cite, NotVerified } from '@/components/ui/citations';
import { StatusChip } from '@/components/ui/status-chip';
import type { Cell, RowGroup } from '@/domain/comparison/types';
import type { Drug } from '@/data/drug-schema';
import { formatBrands } from '@/domain/format-brands';
import { classGroupLabels } from '@/domain/labels';
import styles from './compare-table.module.css';

type Props = { drugs: Drug[]; groups: RowGroup[] };

/**
 * Drugs are columns under a sticky header; row labels stick to the left on narrow screens.
 * Cells that differ across drugs get a neutral mark (a ≠ sign and a tinted border), and say so to screen readers.
 */
export function CompareTable({ drugs, groups }: Props) {
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setFolded(
      (prev) =>
        new Set(
          prev.has(id) ? [...prev].filter((x) => x !== id) : [...prev, id],
        ),
    );
  return (
    <div
      className={styles.scroller}
      role="region"
      aria-label="Comparison table"
      // A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table
        className={styles.table}
        style={{ minWidth: `${8 + drugs.length * 12}rem` }}
      >
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              Attribute
            </th>
            {drugs.map((drug) => (
              <th scope="col" key={drug.id} className={styles.drugHead}>
                <span className={styles.drugName}>{drug.name}</span>
                <span className={styles.drugMeta}>{formatBrands(drug)}</span>
                <span className={styles.drugMeta}>
                  {classGroupLabels[drug.classGroup]}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.id}>
            <tr className={styles.groupRow}>
              <th scope="colgroup" colSpan={drugs.length + 1}>
                <button
                  type="button"
                  aria-expanded={!folded.has(group.id)}
                  onClick={() => toggle(group.id)}
                  className={styles.fold}
                >
                  <span aria-hidden="true">
                    {folded.has(group.id) ? '▸' : '▾'}
                  </span>{' '}
                  {group.title}{' '}
                  <span className={styles.count}>({group.rows.length})</span>
                </button>
              </th>
            </tr>
            {!folded.has(group.id) &&
              group.rows.map((row) => (
                <tr
                  key={row.id}
                  className={row.differs ? styles.differs : undefined}
                >
                  <th scope="row" className={styles.rowHead}>
                    {row.label}
                    {row.differs && (
                      <RowMark
                        glyph="≠"
                        className={styles.diffMark}
                        title="Values differ across the compared drugs"
                        spoken="values differ"
                      />
                    )}
                    {row.gap && (
                      <RowMark
                        glyph="◌"
                        className={styles.gapMark}
                        title="A value is not verified for at least one drug"
                        spoken="a value is not verified"
                      />
                    )}
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={drugs[index]?.id ?? index}>
                      <CellContent cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** A neutral row mark: a glyph for the eye, a title on hover and words for screen readers. */
function RowMark({
  glyph,
  className,
  title,
  spoken,
}: {
  glyph: string;
  className: string | undefined;
  title: string;
  spoken: string;
}) {
  return (
    <span className={className} title={title}>
      {' '}
      {glyph}
      <span className="visually-hidden"> ({spoken})</span>
    </span>
  );
}

function CellContent({ cell }: { cell: Cell }) {
  if (cell.unverified)
    return <NotVerified note={cell.note ?? 'no note recorded'} />;
  return (
    <>
      {cell.chips ? (
        <span className={styles.chips}>
          {cell.chips.map((chip) => (
            <StatusChip key={chip.label} chip={chip} cite={false} />
          ))}
        </span>
      ) : (
        <span className={styles.text}>{cell.text}</span>
      )}
      {cell.sourceIds.length > 0 && <Cite sourceIds={cell.sourceIds} />}
      {cell.details?.map((detail) => (
        <span key={detail} className={styles.detail}>
          {detail}
        </span>
      ))}
    </>
  );
}

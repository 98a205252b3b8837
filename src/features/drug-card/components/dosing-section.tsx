import { Cite, NotVerified } from '@/components/ui/citations';
import { isSourced } from '@/data/claim-guards';
import type { Drug } from '@/data/drug-schema';
import { regions } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import styles from './card.module.css';

type Props = { drug: Drug; conditions: readonly Condition[] };

/** Dosing per region, indication and population, as written on each label; nothing is calculated. */
export function DosingSection({ drug, conditions }: Props) {
  const nameOf = (id: string | undefined) =>
    id ? (conditions.find((c) => c.id === id)?.name ?? id) : 'All indications';
  return (
    <section aria-labelledby="dosing" className={styles.section}>
      <h2 id="dosing">Dosing by region, indication and population</h2>
      {regions.map((region) => {
        const rows = drug.dosing.filter((d) => d.region === region);
        return (
          <div key={region} className={styles.tableWrap}>
            <h3>{region === 'US' ? 'US label' : 'EU SmPC'}</h3>
            {rows.length === 0 ? (
              <p className={styles.muted}>
                No dosing recorded for this region.
              </p>
            ) : (
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Indication</th>
                    <th scope="col">Population</th>
                    <th scope="col">Regimen</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    <tr key={index}>
                      <th scope="row">{nameOf(row.conditionId)}</th>
                      <td>{row.population}</td>
                      <td>
                        {isSourced(row) ? (
                          <>
                            {[row.phase, row.formulation, row.weightBand]
                              .filter(Boolean)
                              .join(' · ')}
                            {(row.phase ?? row.formulation ?? row.weightBand)
                              ? ': '
                              : ''}
                            {row.regimen}
                            {row.maxDose
                              ? ` (maximum ${row.maxDose})`
                              : ''}{' '}
                            <Cite
                              sourceIds={row.sourceIds}
                              locator={row.locator}
                            />
                          </>
                        ) : (
                          <NotVerified note={row.note} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}

import { Cite, NotVerified } from '@/components/ui/citations';
import { StatusChip } from '@/components/ui/status-chip';
import type { Drug, Indication } from '@/data/drug-schema';
import { regions, type Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import { chipForStatus } from '@/data/status-chips';
import styles from './card.module.css';
import { describeQualifiers } from '@/data/status-qualifiers';

type Props = { drug: Drug; conditions: readonly Condition[] };

/** One row per condition, alphabetical; US and EU in their own columns, evidence apart. */
export function IndicationsSection({ drug, conditions }: Props) {
  const nameOf = (id: string) =>
    conditions.find((c) => c.id === id)?.name ?? id;
  const rows = [...drug.indications].sort((a, b) =>
    nameOf(a.conditionId).localeCompare(nameOf(b.conditionId), 'en'),
  );
  return (
    <section aria-labelledby="indications" className={styles.section}>
      <h2 id="indications">Indications and uses by region</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">
            Regulatory status per region and evidence for each condition
          </caption>
          <thead>
            <tr>
              <th scope="col">Condition</th>
              {regions.map((r) => (
                <th scope="col" key={r}>
                  {r}
                </th>
              ))}
              <th scope="col">Evidence (uses not approved somewhere)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((indication) => (
              <tr key={indication.conditionId}>
                <th scope="row">{nameOf(indication.conditionId)}</th>
                {regions.map((r) => (
                  <td key={r}>
                    <RegionStatuses indication={indication} region={r} />
                  </td>
                ))}
                <td>
                  {indication.evidence &&
                  'unverified' in indication.evidence ? (
                    <NotVerified note={indication.evidence.note} />
                  ) : indication.evidence ? (
                    <>
                      <strong>
                        {indication.evidence.use.replace('-', ' ')},{' '}
                        {indication.evidence.level.replace('-', ' ')} certainty
                      </strong>
                      : {indication.evidence.summary}{' '}
                      <Cite
                        sourceIds={indication.evidence.sourceIds}
                        locator={indication.evidence.locator}
                      />
                    </>
                  ) : (
                    <span className={styles.muted}>Not assessed</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RegionStatuses({
  indication,
  region,
}: {
  indication: Indication;
  region: Region;
}) {
  const statuses = indication.statuses.filter((s) => s.region === region);
  if (statuses.length === 0)
    return <span className={styles.muted}>Not covered</span>;
  return (
    <ul className={styles.statusList}>
      {statuses.map((status, index) => (
        <li key={index}>
          {'unverified' in status ? (
            <NotVerified note={status.note} />
          ) : (
            <>
              <StatusChip chip={chipForStatus(status)} cite={false} />{' '}
              <Cite sourceIds={status.sourceIds} locator={status.locator} />
              {describeQualifiers(status).map((q) => (
                <span key={q} className={styles.qualifiers}>
                  {q}
                </span>
              ))}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

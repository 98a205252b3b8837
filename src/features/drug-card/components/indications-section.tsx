import { Cite, NotVerified } from '@/components/ui/citations';
import { StatusChip } from '@/components/ui/status-chip';
import type { Drug, Indication } from '@/data/drug-schema';
import { regions, type Region } from '@/data/enums';
import type { Condition } from '@/data/files-schema';
import { chipForStatus } from '@/domain/status-chips';
import styles from './card.module.css';
import { describeQualifiers } from '@/domain/status-qualifiers';

type Props = { drug: Drug; conditions: readonly Condition[] };

const EVIDENCE_HEADER = 'Evidence (uses not approved somewhere)';

/**
 * One row per condition, alphabetical; US and EU in their own columns, evidence apart. On phones
 * each row stacks (CSS), each cell labelled with its column; the explicit roles keep the table's
 * semantics, which some browsers drop when table parts are displayed as blocks.
 */
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
        {/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role -- explicit table roles on purpose, see above */}
        <table className={`${styles.table} ${styles.stacking}`} role="table">
          <caption className="visually-hidden">
            Regulatory status per region and evidence for each condition
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Condition
              </th>
              {regions.map((r) => (
                <th scope="col" role="columnheader" key={r}>
                  {r}
                </th>
              ))}
              <th scope="col" role="columnheader">
                {EVIDENCE_HEADER}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((indication) => (
              <tr key={indication.conditionId} role="row">
                <th scope="row" role="rowheader">
                  {nameOf(indication.conditionId)}
                </th>
                {regions.map((r) => (
                  <td key={r} role="cell" data-label={r}>
                    <RegionStatuses indication={indication} region={r} />
                  </td>
                ))}
                <td role="cell" data-label={EVIDENCE_HEADER}>
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
        {/* eslint-enable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */}
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

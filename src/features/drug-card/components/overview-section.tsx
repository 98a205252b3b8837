import { shownDate } from '@/domain/dates';
import type { Drug } from '@/data/drug-schema';
import styles from './card.module.css';
import { formatHalfLife } from '@/domain/half-life';
import { ClaimInline } from './claim-inline';

export function OverviewSection({ drug }: { drug: Drug }) {
  return (
    <section aria-labelledby="overview" className={styles.section}>
      <h2 id="overview">Overview</h2>
      <dl className={styles.plainList}>
        <dt>First approval, US (FDA)</dt>
        <dd>
          {drug.initialApproval.US ? (
            <ClaimInline claim={drug.initialApproval.US}>
              {(c) => shownDate(c.date, c.datePrecision)}
            </ClaimInline>
          ) : (
            'Not approved in the US.'
          )}
        </dd>
        <dt>First approval, EU (European Commission)</dt>
        <dd>
          {drug.initialApproval.EU ? (
            <ClaimInline claim={drug.initialApproval.EU}>
              {(c) => shownDate(c.date, c.datePrecision)}
            </ClaimInline>
          ) : (
            'Not approved in the EU.'
          )}
        </dd>
        <dt>Half-life</dt>
        <dd>
          <ClaimInline claim={drug.halfLife}>
            {(c) => `${formatHalfLife(c)} (${c.text})`}
          </ClaimInline>
        </dd>
        <dt>US REMS</dt>
        <dd>
          <ClaimInline claim={drug.rems}>
            {(c) => (c.present ? `Yes. ${c.text ?? ''}` : 'None')}
          </ClaimInline>
        </dd>
        <dt>EU additional monitoring (▼)</dt>
        <dd>
          <ClaimInline claim={drug.additionalMonitoring}>
            {(c) => (c.present ? `Yes. ${c.text ?? ''}` : 'No')}
          </ClaimInline>
        </dd>
        {drug.biosimilars && (
          <>
            <dt>Biosimilars</dt>
            <dd>
              Biosimilars or generics exist. Their labels can differ from the
              reference product (indications carved out, ages, strengths).{' '}
              {drug.biosimilarNote}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

import { Cite, NotVerified } from '@/components/ui/citations';
import { isSourced } from '@/data/claim-guards';
import type { Drug } from '@/data/drug-schema';
import styles from './card.module.css';

const verdictWords = {
  supported: 'Supported',
  partly: 'Partly true',
  unsupported: 'Not supported',
  false: 'False',
} as const;

/** Claims that circulate (including in the articles clinicians arrive from), checked against sources. */
export function ClaimsSection({ drug }: { drug: Drug }) {
  return (
    <section aria-labelledby="claims" className={styles.section}>
      <h2 id="claims">Claims you may have read</h2>
      {drug.claimChecks.length === 0 ? (
        <p className={styles.muted}>
          No circulating claims have been checked for this drug yet.
        </p>
      ) : (
        <ul className={styles.plainList}>
          {drug.claimChecks.map((check, index) => (
            <li key={index}>
              <q>{check.claim}</q>{' '}
              {isSourced(check) ? (
                <>
                  <span className={styles.verdict}>
                    {verdictWords[check.verdict]}.
                  </span>{' '}
                  {check.explanation}{' '}
                  <Cite sourceIds={check.sourceIds} locator={check.locator} />
                </>
              ) : (
                <NotVerified note={check.note} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { Drug } from '@/data/drug-schema';
import { testLabels } from '@/domain/labels';
import styles from './card.module.css';
import { RegionClaims } from './region-claims';

export function MonitoringSection({ drug }: { drug: Drug }) {
  return (
    <section aria-labelledby="monitoring" className={styles.section}>
      <h2 id="monitoring">Screening, monitoring and vaccination</h2>
      <h3>Before starting</h3>
      <RegionClaims
        claims={drug.screening}
        render={(c) => `${testLabels[c.testId]}: ${c.timing}`}
      />
      <h3>During treatment</h3>
      <RegionClaims
        claims={drug.monitoring}
        render={(c) => `${testLabels[c.testId]}: ${c.timing}`}
      />
      <h3>Vaccination</h3>
      <RegionClaims claims={drug.vaccination} render={(c) => c.text} />
    </section>
  );
}

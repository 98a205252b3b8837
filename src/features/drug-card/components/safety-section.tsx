import type { Drug } from '@/data/drug-schema';
import styles from './card.module.css';
import { RegionClaims } from './region-claims';

export function SafetySection({ drug }: { drug: Drug }) {
  return (
    <section aria-labelledby="safety" className={styles.section}>
      <h2 id="safety">Safety</h2>
      <h3>Contraindications</h3>
      <RegionClaims claims={drug.contraindications} render={(c) => c.text} />
      <h3>Warnings and precautions</h3>
      <RegionClaims claims={drug.warnings} render={(c) => c.text} />
      <h3>Class restrictions</h3>
      <RegionClaims
        claims={drug.classRestrictions}
        render={(c) => c.text}
        emptyText="None recorded for this region."
      />
    </section>
  );
}

import type { Drug } from '@/data/drug-schema';
import styles from './card.module.css';
import { RegionClaims } from './region-claims';

export function PopulationsSection({ drug }: { drug: Drug }) {
  return (
    <section aria-labelledby="populations" className={styles.section}>
      <h2 id="populations">Special populations and interactions</h2>
      <h3>Renal impairment</h3>
      <RegionClaims claims={drug.renal} render={(c) => c.text} />
      <h3>Hepatic impairment</h3>
      <RegionClaims claims={drug.hepatic} render={(c) => c.text} />
      <h3>Pregnancy</h3>
      <RegionClaims claims={drug.pregnancy} render={(c) => c.text} />
      <h3>Breastfeeding</h3>
      <RegionClaims claims={drug.lactation} render={(c) => c.text} />
      <h3>Interactions</h3>
      <RegionClaims
        claims={drug.interactions}
        render={(c) =>
          c.avoidCombination ? `Avoid combining: ${c.text}` : c.text
        }
      />
    </section>
  );
}

import { Cite, NotVerified } from '@/components/ui/citations';
import { PageHeading } from '@/components/ui/page-heading';
import { isSourced } from '@/data/claim-guards';
import type { Drug } from '@/data/drug-schema';
import { classGroupLabels, routeLabels, topicLabels } from '@/domain/labels';
import styles from './card.module.css';

/** Identity, then how and when the entry was reviewed, then the US boxed warning. */
export function CardHeader({ drug }: { drug: Drug }) {
  const brands = drug.brandNames
    .map((b) => `${b.name} (${b.region}${b.holder ? `, ${b.holder}` : ''})`)
    .join('; ');
  return (
    <header className={styles.card}>
      <div>
        <PageHeading title={`${drug.name}: drug card`}>{drug.name}</PageHeading>
        <p className={styles.identity}>
          {brands}
          <br />
          {classGroupLabels[drug.classGroup]}: {drug.drugClass} · Target:{' '}
          {drug.target} · {drug.routes.map((r) => routeLabels[r]).join(', ')}
        </p>
      </div>
      <div className={styles.review}>
        <p>
          <strong>Last reviewed:</strong>{' '}
          <time dateTime={drug.lastReviewed}>{drug.lastReviewed}</time>
        </p>
        <p>
          <strong>How it was reviewed:</strong> {drug.review}
        </p>
      </div>
      <BoxedWarning drug={drug} />
    </header>
  );
}

function BoxedWarning({ drug }: { drug: Drug }) {
  const boxed = drug.boxedWarning;
  if (!isSourced(boxed)) {
    return (
      <p>
        Boxed warning (US): <NotVerified note={boxed.note} />
      </p>
    );
  }
  if (!boxed.present && boxed.notApprovedInUS) {
    return (
      <p className={styles.muted}>
        Not approved in the US, so there is no US label or boxed warning.{' '}
        <Cite sourceIds={boxed.sourceIds} locator={boxed.locator} /> EU labels
        do not use boxed warnings; see the safety section for EU warnings.
      </p>
    );
  }
  if (!boxed.present) {
    return (
      <p className={styles.muted}>
        The US label has no boxed warning.{' '}
        <Cite sourceIds={boxed.sourceIds} locator={boxed.locator} /> EU labels
        do not use boxed warnings; see the safety section for EU warnings.
      </p>
    );
  }
  return (
    <section aria-labelledby="boxed-warning" className={styles.boxed}>
      <h2 id="boxed-warning">
        <span aria-hidden="true">▣ </span>Boxed warning (US label)
      </h2>
      <p>
        <strong>Topics:</strong>{' '}
        {boxed.topics.map((t) => topicLabels[t]).join(', ')}
      </p>
      <p>
        {boxed.summary}{' '}
        <Cite sourceIds={boxed.sourceIds} locator={boxed.locator} />
      </p>
      <p className={styles.muted}>
        EU labels do not use boxed warnings; see the safety section for EU
        warnings.
      </p>
    </section>
  );
}

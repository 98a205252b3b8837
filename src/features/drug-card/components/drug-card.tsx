import { Link } from 'react-router';
import { buttonClassName } from '@/components/ui/button';
import { SourceNumberingProvider } from '@/components/ui/citations';
import { SourceList } from '@/components/ui/source-list';
import { paths } from '@/domain/url/paths';
import { collectSourceIds } from '@/data/collect-source-ids';
import type { Drug } from '@/data/drug-schema';
import type { Condition, Source } from '@/data/files-schema';
import { CardHeader } from './card-header';
import styles from './card.module.css';
import { ClaimsSection } from './claims-section';
import { DosingSection } from './dosing-section';
import { IndicationsSection } from './indications-section';
import { MonitoringSection } from './monitoring-section';
import { OverviewSection } from './overview-section';
import { PopulationsSection } from './populations-section';
import { ReportDataError } from './report-data-error';
import { SafetySection } from './safety-section';

type DrugCardProps = {
  dataVersion: string;
  drug: Drug;
  conditions: readonly Condition[];
  sources: readonly Source[];
  actions?: React.ReactNode;
};

/** The full card: every field of the entry, each value linked to its numbered source. */
export function DrugCard({
  dataVersion,
  drug,
  conditions,
  sources,
  actions,
}: DrugCardProps) {
  const order = collectSourceIds(drug);
  return (
    <SourceNumberingProvider order={order}>
      <article className={styles.card} aria-label={`${drug.name} drug card`}>
        <CardHeader drug={drug} />
        <div className={styles.actions}>
          {actions}
          <Link className={buttonClassName} to={paths.print([drug.id])}>
            Print this card
          </Link>
        </div>
        <OverviewSection drug={drug} />
        <IndicationsSection drug={drug} conditions={conditions} />
        <DosingSection drug={drug} conditions={conditions} />
        <SafetySection drug={drug} />
        <MonitoringSection drug={drug} />
        <PopulationsSection drug={drug} />
        <ClaimsSection drug={drug} />
        <section aria-labelledby="sources" className={styles.section}>
          <h2 id="sources">Sources</h2>
          <SourceList order={order} sources={sources} />
        </section>
        <ReportDataError drug={drug} dataVersion={dataVersion} />
      </article>
    </SourceNumberingProvider>
  );
}

import { Link, useParams } from 'react-router';
import { DatasetGate } from '@/components/ui/dataset-gate';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/config/paths';
import { useDataset } from '@/data/use-dataset';
import { AddToCompareButton } from '@/features/compare-tray/components/add-to-compare-button';
import { DrugCard } from '@/features/drug-card/components/drug-card';

export default function DrugRoute() {
  const { id = '' } = useParams();
  const state = useDataset();
  return (
    <DatasetGate state={state}>
      {({ drugsFile, conditions, sources }) => {
        const drug = drugsFile.drugs.find((d) => d.id === id);
        if (drug) {
          return (
            <DrugCard
              dataVersion={drugsFile.dataVersion}
              drug={drug}
              conditions={conditions}
              sources={sources}
              actions={<AddToCompareButton id={drug.id} name={drug.name} />}
            />
          );
        }
        const invalid = drugsFile.invalid.some((entry) => entry.id === id);
        return (
          <>
            <PageHeading title="Drug not found" />
            <Notice
              title={
                invalid
                  ? `The entry “${id}” exists but is invalid, so it is hidden.`
                  : `No drug with the id “${id}” is in this data version.`
              }
            >
              <p>
                <Link to={paths.browse()}>Back to all drugs</Link>
              </p>
            </Notice>
          </>
        );
      }}
    </DatasetGate>
  );
}

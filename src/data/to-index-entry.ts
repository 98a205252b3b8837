import type { Drug, Indication } from './drug-schema';
import type { IndexEntry, IndexIndication } from './index-schema';

/**
 * The list fields of a drug, as index.json stores them. The index is generated from the drug
 * files by this function alone (npm run data:check rebuilds it), never edited by hand.
 */
export function toIndexEntry(drug: Drug): IndexEntry {
  const boxed = drug.boxedWarning;
  return {
    id: drug.id,
    ingredient: drug.ingredient,
    name: drug.name,
    brandNames: drug.brandNames,
    classGroup: drug.classGroup,
    drugClass: drug.drugClass,
    target: drug.target,
    routes: drug.routes,
    boxedWarning:
      'unverified' in boxed
        ? { unverified: true }
        : boxed.present
          ? { present: true, topics: boxed.topics }
          : {
              present: false,
              ...(boxed.notApprovedInUS ? { notApprovedInUS: true } : {}),
            },
    indications: drug.indications.map(toIndexIndication),
    lastReviewed: drug.lastReviewed,
  };
}

function toIndexIndication(indication: Indication): IndexIndication {
  const { evidence } = indication;
  return {
    conditionId: indication.conditionId,
    statuses: indication.statuses.map((status) => {
      if ('unverified' in status)
        return { region: status.region, unverified: true };
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- provenance stays in the drug file
      const { sourceIds, locator, note, ...shown } = status;
      return shown;
    }),
    ...(evidence
      ? {
          evidence:
            'unverified' in evidence
              ? { unverified: true }
              : {
                  use: evidence.use,
                  level: evidence.level,
                  ...(evidence.development
                    ? { development: evidence.development }
                    : {}),
                },
        }
      : {}),
  };
}

import { isSourced } from '@/data/claim-guards';
import type { Drug } from '@/data/drug-schema';
import { testIds, type Region, type TestId } from '@/data/enums';
import { testLabels } from '@/domain/labels';
import {
  rowMarks,
  listCell,
  unverifiedCell,
  withRegion,
} from '@/domain/comparison/cells';
import type { Cell, Row } from '@/domain/comparison/types';

/**
 * The screening and monitoring matrix: one row per test, showing when each drug's label asks for it.
 * Rows differ when one drug requires a test another does not; timing wording is shown, not compared.
 */
export function monitoringRows(
  drugs: readonly Drug[],
  regions: readonly Region[],
): Row[] {
  const used = new Set<TestId>(
    drugs.flatMap((d) =>
      [...d.screening, ...d.monitoring].flatMap((c) =>
        'testId' in c && c.testId ? [c.testId] : [],
      ),
    ),
  );
  return testIds
    .filter((id) => used.has(id))
    .flatMap((testId) =>
      regions.map((region) => {
        const cells = drugs.map((d): Cell => {
          const claims = [
            ...d.screening.map((c) => ({ c, when: 'Before' })),
            ...d.monitoring.map((c) => ({ c, when: 'During' })),
          ].filter(
            ({ c }) =>
              c.region === region && 'testId' in c && c.testId === testId,
          );
          if (claims.length === 0)
            return {
              text: 'Not required by the label',
              norm: 'none',
              sourceIds: [],
            };
          const verified = claims.filter(({ c }) => isSourced(c));
          if (verified.length === 0) return unverifiedCell(claims[0]?.c.note);
          const cell = listCell(
            verified.map(({ c, when }) => ({ ...c, when })),
            (x) => `${x.when}: ${x.timing}`,
          );
          return {
            ...cell,
            norm: [...new Set(verified.map(({ when }) => when))]
              .sort()
              .join(','),
          };
        });
        return {
          id: `test-${testId}-${region}`,
          group: 'monitoring' as const,
          label: withRegion(testLabels[testId], regions, region),
          topic: testLabels[testId],
          region,
          cells,
          ...rowMarks(cells),
        };
      }),
    );
}

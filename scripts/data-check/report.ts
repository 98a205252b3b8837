import type { Drug } from '@/data/drug-schema';
import type { Source } from '@/data/files-schema';
import {
  announcedStatuses,
  secondaryOnlyClaims,
  staleLabelClaims,
  unverifiedValues,
} from './provenance-report';

/**
 * The counts the README states with their date: what is not verified, what rests on an
 * announcement, on secondary sources only, or on label text older than three years. None of
 * them fails the check; each is a list of what to re-read next.
 */
export function printReport(
  drugs: readonly Drug[],
  sources: readonly Source[],
  today: string,
  listSecondary: boolean,
) {
  const unverified = unverifiedValues(drugs);
  const announced = announcedStatuses(drugs);
  const secondary = secondaryOnlyClaims(drugs, sources);
  const stale = staleLabelClaims(drugs, sources, today);
  const byField = new Map<string, number>();
  secondary.forEach((c) =>
    byField.set(c.field, (byField.get(c.field) ?? 0) + 1),
  );
  console.log(`Provenance on ${today}:`);
  console.log(
    `  not-verified values:                      ${unverified.length}`,
  );
  console.log(
    `  approvals resting on an announcement:     ${announced.length}`,
  );
  console.log(
    `  claims resting only on secondary sources: ${secondary.length} (${[...byField].map(([f, n]) => `${f} ${n}`).join(', ')})`,
  );
  console.log(
    `  claims whose only label source is > 3 years old or undated: ${stale.length}`,
  );
  announced.forEach((a) =>
    console.log(`    announced: ${a.drugId}: ${a.path}`),
  );
  if (listSecondary)
    secondary.forEach((c) =>
      console.log(`    secondary only: ${c.drugId}: ${c.path}`),
    );
  else
    console.log(
      '  List the secondary-only claims with `npm run data:check -- --secondary`.',
    );
}

import type { AppQuery } from '@/domain/url/url-params';
import type { DrugIndexEntry } from '@/domain/browse/drug-index';
import { classFromQuery } from './class-query';
import { matchesQuery } from './text-match';

/** The filters that do not depend on a condition: class, route and text search. */
export function filterDrugs(
  drugs: readonly DrugIndexEntry[],
  query: Pick<AppQuery, 'classGroup' | 'route' | 'q'>,
): DrugIndexEntry[] {
  const named = classFromQuery(query.q);
  return drugs
    .filter((d) => !query.classGroup || d.classGroup === query.classGroup)
    .filter((d) => !query.route || d.routes.includes(query.route))
    .filter((d) =>
      named ? d.classGroup === named : matchesQuery(d.searchText, query.q),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

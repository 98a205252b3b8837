import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import {
  classGroups,
  regionFilters,
  routesOfAdministration,
  statusFilters,
  type AppQuery,
  type StatusFilter,
} from '@/domain/url/url-params';
import { classGroupLabels, routeLabels } from '@/domain/labels';
import styles from './filter-bar.module.css';

export const regionFilterLabels = {
  US: 'US',
  EU: 'EU',
  all: 'US and EU',
} as const;
export const statusFilterLabels: Record<StatusFilter, string> = {
  approved: 'Approved',
  'approved-subtype': 'Approved for a sub-type',
  'emergency-use': 'Emergency use',
  'off-label': 'Off-label',
  investigational: 'Investigational',
  'development-stopped': 'Development stopped',
  'not-recommended': 'Not recommended',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
  unverified: 'Status not verified',
};

type Props = {
  query: AppQuery;
  update: (patch: Partial<AppQuery>, options?: { replace?: boolean }) => void;
  conditionPicker: ReactNode;
};

/** Region, status, class, route and text filters. Native controls: they bring their own keyboard and ARIA. */
export function FilterBar({ query, update, conditionPicker }: Props) {
  const toggleStatus = (status: StatusFilter) =>
    update({
      status: query.status.includes(status)
        ? query.status.filter((s) => s !== status)
        : [...query.status, status],
    });
  // On phones the secondary filters fold away so results start on the first screen; wide screens always show them.
  const [showMore, setShowMore] = useState(false);
  const activeMore =
    query.status.length +
    (query.classGroup ? 1 : 0) +
    (query.route ? 1 : 0) +
    (query.q ? 1 : 0);
  return (
    <form
      role="search"
      aria-label="Filter therapies"
      className={styles.bar}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className={styles.row}>
        {conditionPicker}
        <fieldset className={styles.fieldset}>
          <legend>Region</legend>
          <div className={styles.segmented}>
            {regionFilters.map((region) => (
              <label key={region} className={styles.segment}>
                <input
                  type="radio"
                  name="region"
                  value={region}
                  checked={query.region === region}
                  onChange={() => update({ region })}
                />
                <span>{regionFilterLabels[region]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <Button
        className={styles.moreToggle}
        aria-expanded={showMore}
        aria-controls="more-filters"
        onClick={() => setShowMore((open) => !open)}
      >
        {showMore
          ? 'Fewer filters'
          : `More filters${activeMore > 0 ? ` (${activeMore} active)` : ''}`}
      </Button>
      <div
        id="more-filters"
        className={
          showMore ? styles.more : `${styles.more} ${styles.collapsed}`
        }
      >
        <fieldset className={styles.fieldset}>
          <legend>Status</legend>
          <div className={styles.checks}>
            {statusFilters.map((status) => (
              <label key={status} className={styles.check}>
                <input
                  type="checkbox"
                  checked={query.status.includes(status)}
                  onChange={() => toggleStatus(status)}
                />
                {statusFilterLabels[status]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={styles.row}>
          <label className={styles.field}>
            <span>Search names, brands, class, target</span>
            <input
              type="search"
              value={query.q}
              placeholder="e.g. Kineret, IL-17, jak"
              onChange={(e) =>
                update({ q: e.target.value.slice(0, 200) }, { replace: true })
              }
            />
          </label>
          <label className={styles.field}>
            <span>Class</span>
            <select
              value={query.classGroup ?? ''}
              onChange={(e) =>
                update({
                  classGroup: classGroups.find((c) => c === e.target.value),
                })
              }
            >
              <option value="">All classes</option>
              {classGroups.map((c) => (
                <option key={c} value={c}>
                  {classGroupLabels[c]}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            <span>Route</span>
            <select
              value={query.route ?? ''}
              onChange={(e) =>
                update({
                  route: routesOfAdministration.find(
                    (r) => r === e.target.value,
                  ),
                })
              }
            >
              <option value="">All routes</option>
              {routesOfAdministration.map((r) => (
                <option key={r} value={r}>
                  {routeLabels[r]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
    </form>
  );
}

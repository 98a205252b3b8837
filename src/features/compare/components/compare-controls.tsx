import { Link } from 'react-router';
import { panelClassName } from '@/components/ui/panel';
import { Button, buttonClassName } from '@/components/ui/button';
import { paths } from '@/domain/url/paths';
import {
  MAX_COMPARED,
  regionFilters,
  type AppQuery,
} from '@/domain/url/url-params';
import type { IndexEntry } from '@/data/index-schema';
import styles from './compare-controls.module.css';

const regionLabels = { US: 'US', EU: 'EU', all: 'US and EU' } as const;

type Props = {
  query: AppQuery;
  selected: readonly Pick<IndexEntry, 'id' | 'name' | 'classGroup'>[];
  all: readonly IndexEntry[];
  update: (patch: Partial<AppQuery>) => void;
  onDownload: () => void;
};

/** Region, differences-only, the column list (add, move, remove) and the exports. Every change goes to the URL. */
export function CompareControls({
  query,
  selected,
  all,
  update,
  onDownload,
}: Props) {
  const ids = selected.map((d) => d.id);
  const setIds = (next: string[]) => update({ ids: next });
  const move = (index: number, by: -1 | 1) => {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    setIds(next);
  };
  const addable = all
    .filter((d) => !ids.includes(d.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const full = ids.length >= MAX_COMPARED;
  return (
    <div className={panelClassName}>
      <fieldset className={styles.fieldset}>
        <legend>Region</legend>
        {regionFilters.map((region) => (
          <label key={region} className={styles.inline}>
            <input
              type="radio"
              name="compare-region"
              checked={query.region === region}
              onChange={() => update({ region })}
            />{' '}
            {regionLabels[region]}
          </label>
        ))}
      </fieldset>
      <label className={styles.inline}>
        <input
          type="checkbox"
          checked={query.diff}
          onChange={(e) => update({ diff: e.target.checked })}
        />{' '}
        Show only differences
      </label>
      <label className={styles.inline}>
        <input
          type="checkbox"
          checked={query.gaps}
          onChange={(e) => update({ gaps: e.target.checked })}
        />{' '}
        Show only rows with a value not verified
      </label>
      <ol
        className={styles.columns}
        aria-label="Compared drugs, in column order"
      >
        {selected.map((drug, index) => (
          <li key={drug.id} className={styles.column}>
            <span className={styles.columnName}>{drug.name}</span>
            <Button
              aria-label={`Move ${drug.name} left`}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ◀
            </Button>
            <Button
              aria-label={`Move ${drug.name} right`}
              disabled={index === selected.length - 1}
              onClick={() => move(index, 1)}
            >
              ▶
            </Button>
            <Button
              aria-label={`Remove ${drug.name}`}
              onClick={() => setIds(ids.filter((id) => id !== drug.id))}
            >
              ✕
            </Button>
          </li>
        ))}
      </ol>
      <label className={styles.add}>
        <span>Add a drug</span>
        <select
          value=""
          disabled={full || addable.length === 0}
          onChange={(e) => e.target.value && setIds([...ids, e.target.value])}
        >
          <option value="">
            {full ? `At most ${MAX_COMPARED} drugs` : 'Choose a drug…'}
          </option>
          {addable.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {full && (
        <p className={styles.note}>
          A comparison holds at most {MAX_COMPARED} drugs. Remove one to add
          another.
        </p>
      )}
      <div className={styles.actions}>
        <Button onClick={onDownload}>Download CSV</Button>
        <Link
          className={buttonClassName}
          to={paths.print(ids, {
            // A sheet is for one region unless asked (see printDefaults); US and EU is one choice away there.
            region: query.region === 'all' ? 'US' : query.region,
            condition: query.condition,
          })}
        >
          Print
        </Link>
      </div>
    </div>
  );
}

import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/domain/url/paths';
import type { IndexEntry } from '@/data/index-schema';
import { classGroupLabels } from '@/domain/labels';

/** Fewer than two drugs: say so, and offer the selected drug's class peers (alphabetical, not ranked). */
export function CompareEmpty({
  selected,
  all,
}: {
  selected: readonly Pick<IndexEntry, 'id' | 'name' | 'classGroup'>[];
  all: readonly IndexEntry[];
}) {
  const first = selected[0];
  const peers = first
    ? all
        .filter((d) => d.classGroup === first.classGroup && d.id !== first.id)
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    : [];
  return (
    <EmptyState
      title={
        first
          ? `Only ${first.name} is selected: a comparison needs at least 2 drugs.`
          : 'No drugs are selected: a comparison needs at least 2 drugs.'
      }
    >
      {first && peers.length > 0 && (
        <>
          <p>
            Other drugs in this class ({classGroupLabels[first.classGroup]}),
            alphabetical:
          </p>
          <ul>
            {peers.map((peer) => (
              <li key={peer.id}>
                <Link to={paths.compare([first.id, peer.id])}>
                  Compare {first.name} with {peer.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        Or pick drugs from the <Link to={paths.browse()}>list of drugs</Link>{' '}
        with “Add to comparison”.
      </p>
    </EmptyState>
  );
}

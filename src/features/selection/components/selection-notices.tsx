import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { IgnoredParamsNotice } from '@/components/ui/ignored-params-notice';
import { Notice } from '@/components/ui/notice';
import { paths } from '@/domain/url/paths';
import type { IgnoredParam } from '@/domain/url/url-state';

type Props = {
  ignored: readonly IgnoredParam[];
  unknownIds: readonly string[];
  foundCount: number;
  minimum: number;
};

/** What the URL asked for that cannot be shown, and what to do when too little is left. */
export function SelectionNotices({
  ignored,
  unknownIds,
  foundCount,
  minimum,
}: Props) {
  return (
    <>
      {ignored.length > 0 && <IgnoredParamsNotice ignored={ignored} />}
      {unknownIds.length > 0 && (
        <Notice
          title={`Not found in this data version: ${unknownIds.join(', ')}`}
        >
          <p>The other drugs are shown.</p>
        </Notice>
      )}
      {foundCount < minimum && (
        <EmptyState
          title={
            minimum > 1
              ? `Choose at least ${minimum} drugs.`
              : 'No drug is selected.'
          }
        >
          <p>
            Add drugs from the <Link to={paths.browse()}>list of drugs</Link>.
          </p>
        </EmptyState>
      )}
    </>
  );
}

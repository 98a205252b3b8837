import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AppQuery } from '@/domain/url/url-params';
import { readQuery, writeQuery } from '@/domain/url/url-state';

/** The app's URL state: parsed query, what was ignored, and an updater that keeps the rest. */
export function useAppQuery() {
  const [params, setParams] = useSearchParams();
  const { query, ignored } = useMemo(() => readQuery(params), [params]);
  const update = (
    patch: Partial<AppQuery>,
    options: { replace?: boolean } = {},
  ) =>
    setParams(writeQuery({ ...query, ...patch }), {
      replace: options.replace ?? false,
    });
  return { query, ignored, update };
}

import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { printDefaults, type AppQuery } from '@/domain/url/url-params';
import { readQuery, writeQuery } from '@/domain/url/url-state';
import {
  readPrintOptions,
  writePrintOptions,
  type PrintOptions,
} from './print-options';

export type PrintQuery = AppQuery & PrintOptions;

/**
 * The print route's URL state: the app's query with the print defaults (one region), plus the
 * sheet's sections and paper. Like useAppQuery, it reports what it ignored and writes canonically.
 */
export function usePrintQuery() {
  const [params, setParams] = useSearchParams();
  const { query, ignored } = useMemo(() => {
    const app = readQuery(params, printDefaults);
    const print = readPrintOptions(params, app.query.condition);
    return {
      query: { ...app.query, ...print.options },
      ignored: [...app.ignored, ...print.ignored],
    };
  }, [params]);
  const update = (patch: Partial<PrintQuery>) => {
    const next = { ...query, ...patch };
    setParams(
      writePrintOptions(writeQuery(next, printDefaults), next, next.condition),
    );
  };
  return { query, ignored, update };
}

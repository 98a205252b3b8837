import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
} from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from './app/query-client';
import { routes } from './app/router';
import { dataQueries } from './data/api';
import {
  parseConditionsFile,
  parseDrugFile,
  parseIndexFile,
} from './data/parsers';
import { dataFiles } from './data/api';

export type RawDataFiles = {
  index: unknown;
  conditions: unknown;
  /** Raw drug files by id. */
  drugs: Record<string, unknown>;
};

/**
 * Renders one app URL to HTML at build time (scripts/prerender.ts), from the bundled data.
 * The query cache is filled through the same parsers the browser uses, so the markup is what the
 * client renders once it has loaded the same files, and hydration matches.
 * `hydrate={false}`: the router writes no inline script, which the CSP would block.
 */
export async function renderPage(
  path: string,
  files: RawDataFiles,
): Promise<string> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(
    dataQueries.index().queryKey,
    parseIndexFile(files.index, dataFiles.index),
  );
  queryClient.setQueryData(
    dataQueries.conditions().queryKey,
    parseConditionsFile(files.conditions, dataFiles.conditions),
  );
  for (const [id, raw] of Object.entries(files.drugs)) {
    queryClient.setQueryData(
      dataQueries.drug(id).queryKey,
      parseDrugFile(raw, dataFiles.drug(id)),
    );
  }
  const handler = createStaticHandler(routes);
  const context = await handler.query(
    new Request(new URL(path, 'http://prerender.invalid')),
  );
  if (context instanceof Response)
    throw new Error(`prerender: ${path} answered with a redirect`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const page = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider
          router={router}
          context={context}
          hydrate={false}
        />
      </QueryClientProvider>
    </StrictMode>
  );
  /*
   * Two passes. prerender() waits for every lazy component to load; its own output would finish
   * those Suspense boundaries with inline scripts, which the CSP forbids, so it is discarded.
   * With every lazy component now resolved, renderToString() writes the complete page as plain
   * markup. On the client, a lazy part not yet loaded keeps this markup until its code arrives.
   */
  await prerender(page);
  return renderToString(page);
}

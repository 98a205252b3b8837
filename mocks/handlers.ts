import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';

// Tests run from the repository root (vitest's root); jsdom's import.meta.url is not a file URL.
const dataDir = join(process.cwd(), 'public', 'data');
const read = (path: string): unknown =>
  JSON.parse(readFileSync(join(dataDir, path), 'utf8'));

/**
 * The shipped data files, keyed by their path under data/ ("index.json", "drugs/anakinra.json"),
 * served as the static host would serve them.
 */
export const dataFileBodies: Record<string, unknown> = {
  'index.json': read('index.json'),
  'conditions.json': read('conditions.json'),
  ...Object.fromEntries(
    readdirSync(join(dataDir, 'drugs'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => [`drugs/${name}`, read(`drugs/${name}`)]),
  ),
};

export const handlers = [
  http.get('*/data/*', ({ request }) => {
    const path = decodeURIComponent(
      new URL(request.url).pathname.replace(/^.*?\/data\//, ''),
    );
    const body = dataFileBodies[path];
    return body === undefined
      ? new HttpResponse(null, { status: 404 })
      : HttpResponse.json(body);
  }),
];

/**
 * Writes the prerendered pages into dist/ after both builds (npm run build):
 * index.html (the list), about.html, drugs/<id>.html for every drug, and shell.html, the plain
 * app shell served for every other URL. Each page carries the route's CSS, preloads its lazy
 * chunk and the data files it needs, and names its path in data-prerendered so main.tsx only
 * hydrates the URL the markup was made for.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { renderPage as RenderPage } from '../src/entry-server';

const root = resolve(import.meta.dirname, '..');

type ManifestChunk = { file: string; css?: string[]; imports?: string[] };
type Manifest = Record<string, ManifestChunk>;
type Page = {
  path: string;
  file: string;
  routeModule?: string;
  dataFiles: string[];
};

const readJson = async (path: string): Promise<unknown> =>
  JSON.parse(await readFile(path, 'utf8')) as unknown;

/** The chunk's own files and CSS plus those of every chunk it imports, without duplicates. */
function chunkAssets(manifest: Manifest, key: string) {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (k: string) => {
    const chunk = manifest[k];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.css?.forEach((c) => css.add(c));
    chunk.imports?.forEach(visit);
  };
  visit(key);
  return { js: [...js], css: [...css] };
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Prerenders the pages of a built app in `dist` from the data in `dist/data`. The bench calls it
 * on a copy with synthetic data; a second run on the same folder starts from shell.html, the
 * unrendered template the first run kept.
 */
export async function prerenderInto(dist: string) {
  const { renderPage } = (await import(
    pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href
  )) as { renderPage: typeof RenderPage };
  const template = await readFile(
    join(
      dist,
      existsSync(join(dist, 'shell.html')) ? 'shell.html' : 'index.html',
    ),
    'utf8',
  );
  const manifest = (await readJson(
    join(dist, '.vite', 'manifest.json'),
  )) as Manifest;
  const index = (await readJson(join(dist, 'data', 'index.json'))) as {
    drugs: { id: string }[];
    dataVersion: string;
  };
  const { dataVersion } = index;
  const drugIds = index.drugs.map((d) => d.id);
  const files = {
    index,
    conditions: await readJson(join(dist, 'data', 'conditions.json')),
    drugs: Object.fromEntries(
      await Promise.all(
        drugIds.map(
          async (id) =>
            [
              id,
              await readJson(join(dist, 'data', 'drugs', `${id}.json`)),
            ] as const,
        ),
      ),
    ),
  };
  // Each page preloads only the files it renders from: the list never downloads a drug file,
  // and a card never downloads the index.
  const conditions = 'data/conditions.json';
  const pages: Page[] = [
    {
      path: '/',
      file: 'index.html',
      routeModule: 'src/app/routes/browse-route.tsx',
      dataFiles: ['data/index.json', conditions],
    },
    {
      path: '/about',
      file: 'about.html',
      routeModule: 'src/app/routes/about-route.tsx',
      dataFiles: [conditions],
    },
    ...drugIds.map((id) => ({
      path: `/drugs/${id}`,
      file: `drugs/${id}.html`,
      routeModule: 'src/app/routes/drug-route.tsx',
      dataFiles: [`data/drugs/${id}.json`, conditions],
    })),
  ];

  // The shell first: index.html is overwritten by the prerendered list below.
  await writeFile(join(dist, 'shell.html'), template);
  for (const page of pages) {
    const rendered = await renderPage(page.path, files);
    // React emits the page's <title> with the markup; it belongs in <head>.
    const titleMatch = /<title>[^<]*<\/title>/.exec(rendered);
    const body = rendered.replace(/<title>[^<]*<\/title>/, '');
    if (/<script/i.test(body))
      throw new Error(`prerender: ${page.path} contains a script (CSP)`);
    const route = page.routeModule
      ? chunkAssets(manifest, page.routeModule)
      : { js: [], css: [] };
    // The schema chunk validates the data before React takes over; without a preload it is only
    // requested once the app runs, a whole round trip after the data itself has arrived.
    if (page.dataFiles.length > 0)
      route.js.push(...chunkAssets(manifest, 'src/data/parsers.ts').js);
    // Links the built index.html already has are not repeated (a second request mode would fetch twice).
    const fresh = (file: string) => !template.includes(`/${file}"`);
    const assets = {
      css: route.css.filter(fresh),
      js: route.js.filter(fresh),
    };
    const head = [
      ...assets.css.map(
        (f) => `<link rel="stylesheet" crossorigin href="/${f}" />`,
      ),
      ...assets.js.map(
        (f) => `<link rel="modulepreload" crossorigin href="/${f}" />`,
      ),
      ...page.dataFiles.map(
        // Low priority: a prerendered page paints without its data; the data only lets React take over.
        (f) =>
          `<link rel="preload" href="/${f}" as="fetch" crossorigin fetchpriority="low" />`,
      ),
    ].join('\n    ');
    let html = template
      .replace('</head>', `    ${head}\n  </head>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root" data-prerendered="${escapeAttr(page.path)}" data-data-version="${escapeAttr(dataVersion)}">${body}</div>`,
      );
    if (titleMatch) html = html.replace(/<title>[^<]*<\/title>/, titleMatch[0]);
    const out = join(dist, page.file);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, html);
  }
  console.log(`Prerendered ${pages.length} pages and shell.html`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await prerenderInto(join(root, 'dist'));
}

/**
 * The floor: a one-stylesheet page with a heading and a paragraph, served by the same server in
 * the same run. A page cannot paint sooner than this on the same network and CPU, so each figure
 * is also reported as a ratio to it.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeFloorPage(dist: string): string {
  const css = readdirSync(join(dist, 'assets')).find(
    (f) => f.startsWith('index-') && f.endsWith('.css'),
  );
  writeFileSync(
    join(dist, 'bench-floor.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Floor</title><link rel="stylesheet" href="/assets/${css}" /></head>
<body><div id="root"><main><h1>Immunodex floor page</h1>
<p>One stylesheet and this text: the earliest a page can paint on this network and CPU.</p>
</main></div></body></html>
`,
  );
  return '/bench-floor';
}

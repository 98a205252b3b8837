/**
 * A small static server for the production build, on loopback only. It serves files from dist/
 * as a static host does with "clean URLs": /about is about.html, /drugs/x is drugs/x.html when that
 * page was prerendered, and every other app route gets shell.html, the unrendered app.
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  extname,
  isAbsolute,
  join,
  normalize,
  relative,
  resolve,
} from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

export type StaticServer = {
  url: string;
  close: () => Promise<void>;
  server: Server;
};

/**
 * Whether `path` is inside the folder `base`, following symlinks. A prefix test is not enough:
 * /work/dist-ssr starts with /work/dist.
 */
export function isInside(base: string, path: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const rel = relative(real(base), real(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The prerendered page for a clean URL, else the shell (an SPA fallback that hydrates nothing). */
function htmlFor(base: string, pathname: string): string {
  if (pathname === '/') return join(base, 'index.html');
  const page = normalize(join(base, `${pathname.replace(/\/$/, '')}.html`));
  if (isInside(base, page) && existsSync(page) && statSync(page).isFile())
    return page;
  const shell = join(base, 'shell.html');
  return existsSync(shell) ? shell : join(base, 'index.html');
}

export async function startStaticServer(
  root: string,
  port = 0,
): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const pathname = decodeSafely(
      new URL(request.url ?? '/', 'http://localhost').pathname,
    );
    const candidate = normalize(join(base, pathname));
    const insideRoot = isInside(base, candidate);
    const isFile =
      insideRoot && existsSync(candidate) && statSync(candidate).isFile();
    // Missing build assets and data files are real 404s; any other path is an app route (SPA fallback).
    const looksLikeAsset =
      /^\/(assets|data)\//.test(pathname) ||
      /\.(js|css|json|map|svg|png|ico|webmanifest)$/i.test(pathname);
    if (!isFile && looksLikeAsset) {
      response
        .writeHead(404, { 'Content-Type': 'text/plain' })
        .end('Not found');
      return;
    }
    const file = isFile ? candidate : htmlFor(base, pathname);
    const type = types[extname(file)] ?? 'application/octet-stream';
    // Hashed build assets never change: cache them for good. Everything else revalidates by ETag,
    // as a static host would, so a warm load sends 304s instead of the data again.
    let stats;
    try {
      stats = statSync(file);
    } catch {
      // Replaced or removed between the check and the read (a deployment in progress).
      response
        .writeHead(503, { 'Content-Type': 'text/plain', 'Retry-After': '1' })
        .end('Briefly unavailable');
      return;
    }
    const etag = `"${stats.size.toString(16)}-${stats.mtimeMs.toString(16)}"`;
    const caching = pathname.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag, 'Cache-Control': caching }).end();
      return;
    }
    // Compress text as a static host would (brotli when the browser offers it), so loads measured here resemble production.
    const accepts = String(request.headers['accept-encoding']);
    const compressible = /text|json|javascript|svg/.test(type);
    const encoding = !compressible
      ? undefined
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /gzip/.test(accepts)
          ? 'gzip'
          : undefined;
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': caching,
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
      ...(encoding
        ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' }
        : {}),
    });
    const stream = createReadStream(file);
    stream.on('error', () => response.destroy());
    const compressor =
      encoding === 'br'
        ? // Quality 5: on-the-fly speed, as hosts use for dynamic compression (11 stalls the first byte).
          createBrotliCompress({
            params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
          })
        : encoding === 'gzip'
          ? createGzip()
          : undefined;
    (compressor ? stream.pipe(compressor) : stream).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

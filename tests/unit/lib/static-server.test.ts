import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isInside,
  startStaticServer,
  type StaticServer,
} from '../../../scripts/static-server';
import { server as mocks } from '../../../mocks/node';

/** A plain HTTP GET to the real server (msw is paused in this file: see beforeAll). */
const request = (url: string) =>
  new Promise<{ status: number; body: string }>((done, fail) => {
    get(url, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, body }),
      );
    }).on('error', fail);
  });

describe('the static server serves nothing outside dist/', () => {
  const root = mkdtempSync(join(tmpdir(), 'immunodex-static-'));
  const dist = join(root, 'dist');
  let server: StaticServer;
  beforeAll(async () => {
    // These requests must reach the real server, not the suite's mock of the data files.
    mocks.close();
    mkdirSync(join(dist, 'data'), { recursive: true });
    mkdirSync(join(root, 'dist-ssr'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<p>list</p>');
    writeFileSync(join(dist, 'shell.html'), '<p>shell</p>');
    writeFileSync(join(dist, 'data', 'index.json'), '{}');
    writeFileSync(join(root, 'dist-ssr', 'entry-server.js'), 'secret');
    server = await startStaticServer(dist);
  });
  afterAll(async () => {
    await server.close();
    mocks.listen({ onUnhandledRequest: 'error' });
  });

  it('judges paths by folder, not by prefix', () => {
    expect(isInside(dist, join(dist, 'data', 'index.json'))).toBe(true);
    expect(isInside(dist, join(root, 'dist-ssr', 'entry-server.js'))).toBe(
      false,
    );
    expect(isInside(dist, join(dist, '..', 'dist-ssr'))).toBe(false);
  });

  it.each([
    '/..%2fdist-ssr/entry-server.js',
    '/%2e%2e/dist-ssr/entry-server.js',
    '/data/..%2f..%2fdist-ssr/entry-server.js',
  ])('%s never returns the server bundle', async (path) => {
    const response = await request(`${server.url}${path}`);
    expect(response.body).not.toContain('secret');
  });

  it('serves files inside dist and answers 404 for a missing data file', async () => {
    expect(await (await fetch(`${server.url}/data/index.json`)).text()).toBe(
      '{}',
    );
    expect((await fetch(`${server.url}/data/missing.json`)).status).toBe(404);
  });
});

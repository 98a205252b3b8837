import { execFileSync } from 'node:child_process';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import {
  startStaticServer,
  type StaticServer,
} from '../../scripts/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

let server: StaticServer | undefined;
let browser: BrowserServer | undefined;

/** Builds once, serves the production build on loopback, and starts one shared Chromium. */
export async function setup(project: TestProject) {
  if (process.env.E2E_USE_EXISTING_BUILD !== '1') {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
    });
  }
  server = await startStaticServer('dist');
  browser = await chromium.launchServer({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
}

export async function teardown() {
  await browser?.close();
  await server?.close();
}

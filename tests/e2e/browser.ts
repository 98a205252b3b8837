import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext | undefined;
let problems: string[] = [];

/**
 * Connects the test file to the shared Chromium. Every test gets a fresh context; any console
 * error or uncaught exception fails it, and so does any request that leaves the app's origin.
 */
export function useBrowser() {
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    const seen = problems;
    problems = [];
    expect(seen, 'console errors, page errors or off-origin requests').toEqual(
      [],
    );
  });
  afterAll(async () => {
    await browser.close();
  });
}

type PageOptions = {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  /** The origin requests may go to, when a test serves its own build (default: the suite's server). */
  origin?: string;
  /** Service workers are blocked unless a test is about them (offline, updates). */
  serviceWorkers?: 'allow' | 'block';
  /** Runs in the page before any of its own scripts (page.addInitScript). */
  initScript?: () => void;
};

export async function openPage(
  path: string,
  options: PageOptions = {},
): Promise<Page> {
  context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  if (options.initScript) await page.addInitScript(options.initScript);
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      !expectedErrors.some((pattern) => pattern.test(message.text()))
    ) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) =>
    problems.push(`page error: ${error.message}`),
  );
  page.on('request', (request) => {
    if (
      !request.url().startsWith(options.origin ?? baseUrl) &&
      !request.url().startsWith('data:')
    )
      problems.push(`off-origin request: ${request.url()}`);
  });
  await page.goto(path.startsWith('http') ? path : `${baseUrl}${path}`);
  // Prerendered pages show content before they respond; a user's click then would be lost, so
  // tests start once React owns the page (hydrated or rendered: its nodes carry a fiber key).
  if (options.javaScriptEnabled !== false) await untilInteractive(page);
  return page;
}

export async function untilInteractive(page: Page) {
  await page.waitForFunction(() => {
    const first = document.getElementById('root')?.firstElementChild;
    return (
      first != null &&
      Object.keys(first).some((key) => key.startsWith('__reactFiber'))
    );
  });
}

/** Errors a test causes on purpose (a data file answering 500) are announced here first. */
const expectedErrors: RegExp[] = [];
export function expectConsoleError(pattern: RegExp) {
  expectedErrors.push(pattern);
  return () => expectedErrors.splice(expectedErrors.indexOf(pattern), 1);
}

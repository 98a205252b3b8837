import { Workbox } from 'workbox-window';

export type UpdateReady = {
  /** The data version the waiting update brings, when the network could say. */
  dataVersion: string | undefined;
  /** Lets the waiting worker take over, then reloads the page once it controls it. */
  apply: () => void;
};

/**
 * Registers the Workbox-generated worker (production builds only; it is written after
 * prerendering). A new deployment installs in the background and waits; onUpdateReady is called
 * so the page can offer a reload, and nothing is swapped until the user chooses to.
 */
export function registerServiceWorker(
  onUpdateReady: (update: UpdateReady) => void,
) {
  const base = import.meta.env.BASE_URL;
  const workbox = new Workbox(`${base}sw.js`);
  workbox.addEventListener('waiting', () => {
    void waitingDataVersion(base).then((dataVersion) =>
      onUpdateReady({
        dataVersion,
        apply: () => {
          workbox.addEventListener('controlling', () =>
            window.location.reload(),
          );
          workbox.messageSkipWaiting();
        },
      }),
    );
  });
  // Registration failing (private mode, blocked workers) leaves the app working online.
  workbox.register().catch(() => undefined);
  // A tab left open through a clinic looks for a new deployment when it comes back into view.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible')
      workbox.update().catch(() => undefined);
  });
}

/** version.json is never precached, so this asks the server what the new deployment holds. */
async function waitingDataVersion(base: string): Promise<string | undefined> {
  try {
    const response = await fetch(`${base}data/version.json`, {
      cache: 'no-store',
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { dataVersion?: unknown };
    return typeof body.dataVersion === 'string' ? body.dataVersion : undefined;
  } catch {
    return undefined;
  }
}

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { UpdateReady } from '@/lib/service-worker';

let registered = false;

/**
 * Offers a new deployment once its service worker has installed. The page keeps showing the data
 * it loaded (the header names that version) until the user reloads: never a silent swap.
 */
export default function UpdateNotice() {
  const [update, setUpdate] = useState<UpdateReady>();
  useEffect(() => {
    if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator))
      return;
    registered = true;
    // Workbox's code loads only here: after the first render, in production, in a browser.
    void import('@/lib/service-worker').then(({ registerServiceWorker }) =>
      registerServiceWorker(setUpdate),
    );
  }, []);
  if (!update) return null;
  return (
    <Notice
      tone="info"
      title={`New data available${update.dataVersion ? ` (version ${update.dataVersion})` : ''}: reload to use it.`}
    >
      <p>
        This page keeps the data version shown in the header until you reload.
      </p>
      <Button onClick={update.apply}>Reload with the new data</Button>
    </Notice>
  );
}

import CompareTray from '@/features/compare-tray/components/compare-tray';
import UpdateNotice from '@/features/updates/components/update-notice';

/**
 * What only the browser has: the compare tray (localStorage) and the update notice (service
 * worker). One lazy chunk, loaded after the first render, so neither weighs on the first view.
 */
export default function ClientExtras({ part }: { part: 'tray' | 'updates' }) {
  return part === 'tray' ? <CompareTray /> : <UpdateNotice />;
}

import { Button } from '@/components/ui/button';
import { useCompareTray } from '../compare-store';

/** Adds a drug to (or removes it from) the comparison tray. */
export function AddToCompareButton({ id, name }: { id: string; name: string }) {
  const picked = useCompareTray((s) => s.picked.includes(id));
  const toggle = useCompareTray((s) => s.toggle);
  return (
    <Button
      aria-pressed={picked}
      aria-label={`${picked ? '✓ In comparison' : '+ Add to comparison'} (${name})`}
      onClick={() => toggle(id, name)}
    >
      {picked ? '✓ In comparison' : '+ Add to comparison'}
    </Button>
  );
}

import type { ChipKind, StatusChip as Chip } from '@/domain/status-chips';
import { Cite } from './citations';
import styles from './status-chip.module.css';

/** Each status has its own glyph, so the chip reads without colour. */
const icons: Record<ChipKind, string> = {
  approved: '✓',
  'approved-subtype': '◐',
  'emergency-use': '⚑',
  'off-label': '○',
  investigational: '⚗',
  'development-stopped': '⊖',
  'not-recommended': '✕',
  refused: '✕',
  withdrawn: '⊘',
  'not-approved': '–',
  unverified: '?',
  'not-covered': '·',
};

const tone: Partial<Record<ChipKind, string>> = {
  approved: styles.approved,
  'approved-subtype': styles.approved,
  'emergency-use': styles.caution,
};

export function StatusChip({
  chip,
  cite = true,
}: {
  chip: Chip;
  cite?: boolean;
}) {
  return (
    <span className={`${styles.chip} ${tone[chip.kind] ?? ''}`}>
      <span aria-hidden="true" className={styles.icon}>
        {icons[chip.kind]}
      </span>
      {chip.label}
      {cite && chip.sourceIds.length > 0 && <Cite sourceIds={chip.sourceIds} />}
    </span>
  );
}

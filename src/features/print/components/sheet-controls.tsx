import { panelClassName } from '@/components/ui/panel';
import { Button } from '@/components/ui/button';
import { regionFilters } from '@/domain/url/url-params';
import { paperSizes, printSections, type PrintSection } from '../print-options';
import type { PrintQuery } from '../use-print-query';
import styles from './print-sheet.module.css';

export const sectionLabels: Record<PrintSection, string> = {
  overview: 'Overview',
  regulatory: 'Regulatory status',
  dosing: 'Dosing',
  safety: 'Boxed warning, contraindications, class restrictions',
  warnings: 'Warnings and precautions in full',
  monitoring: 'Screening and monitoring',
  populations: 'Special populations',
  interactions: 'Interactions',
  claims: 'Claims you may have read',
  sources: 'Sources',
};

type Props = {
  query: PrintQuery;
  update: (patch: Partial<PrintQuery>) => void;
  showSections: boolean;
};

/** On screen only: which sections to print, the paper size, and the print button. */
export function SheetControls({ query, update, showSections }: Props) {
  const toggle = (section: PrintSection) =>
    update({
      sections: query.sections.includes(section)
        ? query.sections.filter((s) => s !== section)
        : printSections.filter(
            (s) => s === section || query.sections.includes(s),
          ),
    });
  return (
    <div className={panelClassName}>
      {showSections && (
        <fieldset className={styles.fieldset}>
          <legend>Sections to print</legend>
          {printSections.map((section) => (
            <label key={section}>
              <input
                type="checkbox"
                checked={query.sections.includes(section)}
                onChange={() => toggle(section)}
              />{' '}
              {sectionLabels[section]}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        Region{' '}
        <select
          value={query.region}
          onChange={(e) =>
            update({
              region: regionFilters.find((r) => r === e.target.value) ?? 'US',
            })
          }
        >
          <option value="US">US</option>
          <option value="EU">EU</option>
          <option value="all">US and EU side by side</option>
        </select>
      </label>
      {query.region === 'all' && showSections && (
        <p className={styles.small}>
          Both regions side by side run longer: for drugs with many indications,
          expect more than two pages.
        </p>
      )}
      <label>
        Paper{' '}
        <select
          value={query.paper}
          onChange={(e) =>
            update({
              paper: paperSizes.find((p) => p === e.target.value) ?? 'a4',
            })
          }
        >
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
      </label>
      <Button variant="primary" onClick={() => window.print()}>
        Print / Save as PDF
      </Button>
    </div>
  );
}

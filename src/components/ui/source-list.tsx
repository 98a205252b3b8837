import type { Source } from '@/data/files-schema';
import { sourceAnchor } from './citations';
import styles from './source-list.module.css';

const kindLabels: Record<Source['kind'], string> = {
  label: 'US prescribing information',
  smpc: 'EU SmPC / EPAR',
  regulator: 'Regulator document',
  trial: 'Trial publication',
  guideline: 'Guideline',
  review: 'Review / drug-information site',
  'press-release': 'Company announcement (dated public record)',
};

type SourceListProps = {
  order: readonly string[];
  sources: readonly Source[];
  /** Where in each source the listed facts are (paper has no hover titles on the markers). */
  locators?: ReadonlyMap<string, readonly string[]> | undefined;
};

/**
 * Numbered references in citation order. The canonical document comes first; the copy actually
 * read follows when it differs. URLs are printed as text so they survive paper.
 */
export function SourceList({ order, sources, locators }: SourceListProps) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <ol className={styles.list}>
      {order.map((id) => {
        const source = byId.get(id);
        return (
          <li key={id} id={sourceAnchor(id)} tabIndex={-1}>
            {source ? (
              <>
                <span className={styles.title}>{source.title}</span>.{' '}
                {source.publisher}.{' '}
                <span className={styles.detail}>
                  {kindLabels[source.kind]}
                  {source.region
                    ? ` (${source.region}${source.scope === 'national' ? ', national' : ''})`
                    : ''}
                  .
                </span>{' '}
                <SourceLink href={source.url} />.{' '}
                {source.readVia ? (
                  <>
                    Read from a copy of the {source.version} text
                    {/* The copy's address is for the screen; paper keeps the canonical one. */}
                    <span className={styles.detail}>
                      : <SourceLink href={source.readVia} />
                    </span>
                  </>
                ) : (
                  <>Version {source.version}</>
                )}
                <span className={styles.detail}>; read {source.accessed}</span>.
                {locators?.get(id)?.length
                  ? ` At ${locators.get(id)?.join('; ')}.`
                  : ''}
                {source.doi ? ` doi:${source.doi}.` : ''}
                {source.pmid ? ` PMID ${source.pmid}.` : ''}
              </>
            ) : (
              <span>
                Source “{id}” is cited but missing from the drug file (a data
                error).
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** An address printed as text, so it survives paper, and opened in a new tab on screen. */
function SourceLink({ href }: { href: string }) {
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      target="_blank"
      className={styles.url}
    >
      {href}
    </a>
  );
}

import type { ReactNode } from 'react';
import { Cite, NotVerified } from '@/components/ui/citations';
import { isSourced, type Sourced } from '@/data/claim-guards';
import { regions, type Region } from '@/data/enums';
import styles from './card.module.css';

type RegionClaimsProps<
  C extends { region?: Region; note?: string | undefined },
> = {
  claims: readonly C[];
  render: (claim: Extract<C, Sourced>) => ReactNode;
  emptyText?: string;
};

/** A list of per-region claims, US and EU side by side and never merged. */
export function RegionClaims<
  C extends { region?: Region; note?: string | undefined },
>({ claims, render, emptyText = 'Nothing recorded.' }: RegionClaimsProps<C>) {
  return (
    <div className={styles.regions}>
      {regions.map((region) => {
        const inRegion = claims.filter((c) => c.region === region);
        return (
          <div key={region}>
            <h3>{region === 'US' ? 'US label' : 'EU SmPC'}</h3>
            {inRegion.length === 0 ? (
              <p className={styles.muted}>{emptyText}</p>
            ) : (
              <ul>
                {inRegion.map((claim, index) => (
                  <li key={index}>
                    {isSourced(claim) ? (
                      <>
                        {render(claim)}{' '}
                        <Cite
                          sourceIds={claim.sourceIds}
                          locator={claim.locator}
                        />
                      </>
                    ) : (
                      <NotVerified note={claim.note ?? 'no note'} />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}

import type { ReactNode } from 'react';
import { Cite, NotVerified } from '@/components/ui/citations';
import { isSourced, type Sourced } from '@/data/claim-guards';

type ClaimInlineProps<C extends { note?: string | undefined }> = {
  claim: C | undefined;
  children: (value: Extract<C, Sourced>) => ReactNode;
};

/** One claim: its value with a citation marker, or the "not verified" marker. */
export function ClaimInline<C extends { note?: string | undefined }>({
  claim,
  children,
}: ClaimInlineProps<C>) {
  if (claim === undefined) return <span>Not recorded.</span>;
  if (!isSourced(claim)) return <NotVerified note={claim.note ?? 'no note'} />;
  return (
    <>
      {children(claim)}{' '}
      <Cite sourceIds={claim.sourceIds} locator={claim.locator} />
    </>
  );
}

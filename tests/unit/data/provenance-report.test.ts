import { describe, expect, it } from 'vitest';
import type { Drug } from '@/data/drug-schema';
import type { Source } from '@/data/files-schema';
import { secondaryOnlyClaims } from '../../../scripts/data-check/provenance-report';
import { shippedDrugs } from '../data-fixtures';

const drugs = shippedDrugs().drugs as unknown as Drug[];
const sources = shippedDrugs().sources as unknown as Source[];
const kindOf = new Map(sources.map((s) => [s.id, s.kind]));

describe('claims that rest only on secondary sources', () => {
  const weak = secondaryOnlyClaims(drugs, sources);

  it('lists only claims whose every source is a drug-information site, manufacturer page or announcement', () => {
    expect(weak.length).toBeGreaterThan(0);
    for (const { drugId, path } of weak) {
      const drug = drugs.find((d) => d.id === drugId);
      // Follow the printed path (e.g. "dosing[3]") back to the claim.
      const claim = path
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .reduce<unknown>(
          (node, key) => (node as Record<string, unknown>)[key],
          drug,
        ) as { sourceIds: string[]; status?: string };
      for (const id of claim.sourceIds)
        expect(['review', 'press-release']).toContain(kindOf.get(id));
      expect(['refused', 'withdrawn']).not.toContain(claim.status);
    }
  });

  it('never lists a claim that also cites a label', () => {
    const tofacitinib = drugs.filter((d) => d.id === 'tofacitinib');
    const listed = new Set(
      secondaryOnlyClaims(tofacitinib, sources).map((c) => c.path),
    );
    expect(listed.has('boxedWarning')).toBe(false);
    expect(weak.some((c) => c.field === 'dosing')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Drug, RegulatoryStatusEntry } from '@/data/drug-schema';
import type { Region } from '@/data/enums';
import { shippedDrugs } from '../data-fixtures';

/**
 * Approval facts that circulating articles (shared/seeds) and clinicians most often get wrong.
 * These read the shipped data, so an edit that brings a false "approved" back fails here.
 */
const drugs = shippedDrugs().drugs as unknown as Drug[];
const drug = (id: string) => {
  const found = drugs.find((d) => d.id === id);
  if (!found) throw new Error(`shipped data lacks ${id}`);
  return found;
};
const statuses = (id: string, conditionId: string, region: Region) =>
  (
    drug(id).indications.find((i) => i.conditionId === conditionId)?.statuses ??
    []
  ).filter(
    (s): s is RegulatoryStatusEntry => 'status' in s && s.region === region,
  );
const isApproved = (id: string, conditionId: string, region: Region) =>
  statuses(id, conditionId, region).some((s) => s.status === 'approved');
const approvedConditions = (id: string, region: Region) =>
  drug(id)
    .indications.filter((i) =>
      i.statuses.some(
        (s) => 'status' in s && s.region === region && s.status === 'approved',
      ),
    )
    .map((i) => i.conditionId)
    .sort();

describe('JAK-family drugs and plaque psoriasis (seed 004 claims tofacitinib, upadacitinib, abrocitinib, ruxolitinib are approved)', () => {
  it.each([
    'tofacitinib',
    'upadacitinib',
    'abrocitinib',
    'baricitinib',
    'ruxolitinib-oral',
    'ruxolitinib-cream',
    'filgotinib',
  ])('%s is not approved for plaque psoriasis in the US or the EU', (id) => {
    expect(isApproved(id, 'plaque-psoriasis', 'US')).toBe(false);
    expect(isApproved(id, 'plaque-psoriasis', 'EU')).toBe(false);
  });

  it('tofacitinib was refused for plaque psoriasis in the US (complete response letter, 2015)', () => {
    expect(statuses('tofacitinib', 'plaque-psoriasis', 'US')).toEqual([
      expect.objectContaining({ status: 'refused', date: '2015-10-14' }),
    ]);
  });

  it('the oral drug of the JAK family approved for plaque psoriasis is the TYK2 inhibitor deucravacitinib, in both regions', () => {
    expect(drug('deucravacitinib').classGroup).toBe('tyk2');
    expect(isApproved('deucravacitinib', 'plaque-psoriasis', 'US')).toBe(true);
    expect(isApproved('deucravacitinib', 'plaque-psoriasis', 'EU')).toBe(true);
  });
});

describe('anakinra (seeds 001 and 002 say it is approved only for RA, at any age, and reduces sepsis mortality)', () => {
  it('is approved in the US for RA, NOMID and DIRA, not RA alone; COVID-19 is emergency use only', () => {
    expect(approvedConditions('anakinra', 'US')).toEqual([
      'dira',
      'nomid',
      'rheumatoid-arthritis',
    ]);
    expect(statuses('anakinra', 'covid-19', 'US').map((s) => s.status)).toEqual(
      ['emergency-use'],
    );
  });

  it('is approved in the EU for RA, CAPS, FMF, Still’s disease and COVID-19', () => {
    const eu = approvedConditions('anakinra', 'EU');
    for (const id of [
      'rheumatoid-arthritis',
      'caps',
      'fmf',
      'stills-disease',
      'covid-19',
    ])
      expect(eu).toContain(id);
  });

  it('has age limits: RA from 18 years, the EU paediatric indications from 8 months and 10 kg', () => {
    expect(
      statuses('anakinra', 'rheumatoid-arthritis', 'US')[0]?.population?.minAge,
    ).toEqual({ value: 18, unit: 'years' });
    for (const id of ['caps', 'fmf', 'stills-disease']) {
      const [eu] = statuses('anakinra', id, 'EU');
      expect(eu?.population?.minAge).toEqual({ value: 8, unit: 'months' });
      expect(eu?.population?.minWeightKg).toBe(10);
    }
  });

  it('is not approved for sepsis anywhere, and the evidence is recorded as against its use', () => {
    expect(
      isApproved('anakinra', 'sepsis', 'US') ||
        isApproved('anakinra', 'sepsis', 'EU'),
    ).toBe(false);
    const evidence = drug('anakinra').indications.find(
      (i) => i.conditionId === 'sepsis',
    )?.evidence;
    expect(evidence && 'use' in evidence ? evidence.use : undefined).toBe(
      'not-recommended',
    );
  });

  it('is not approved for psoriatic arthritis (seed 000)', () => {
    expect(
      isApproved('anakinra', 'psoriatic-arthritis', 'US') ||
        isApproved('anakinra', 'psoriatic-arthritis', 'EU'),
    ).toBe(false);
  });
});

describe('class facts clinicians often get wrong', () => {
  it('certolizumab pegol is approved for Crohn’s disease in the US but was refused in the EU', () => {
    expect(isApproved('certolizumab-pegol', 'crohns-disease', 'US')).toBe(true);
    expect(
      statuses('certolizumab-pegol', 'crohns-disease', 'EU').map(
        (s) => s.status,
      ),
    ).toEqual(['refused']);
  });

  it.each(['etanercept', 'secukinumab'])(
    '%s is not approved for Crohn’s disease',
    (id) => {
      expect(
        isApproved(id, 'crohns-disease', 'US') ||
          isApproved(id, 'crohns-disease', 'EU'),
      ).toBe(false);
    },
  );

  it('filgotinib has no US approval (refused, then the application was abandoned); it is approved in the EU for RA', () => {
    expect(approvedConditions('filgotinib', 'US')).toEqual([]);
    expect(isApproved('filgotinib', 'rheumatoid-arthritis', 'EU')).toBe(true);
  });

  it('no entry shows an emergency-use authorisation as an approval', () => {
    for (const d of drugs) {
      for (const indication of d.indications) {
        for (const status of indication.statuses) {
          if ('status' in status && status.status === 'emergency-use')
            expect(status.approvalType).toBeUndefined();
        }
      }
    }
  });
});

describe('dataset II facts clinicians often get wrong', () => {
  it('methotrexate is not approved for psoriatic arthritis or Crohn’s disease in the US (off-label), but is in the EU', () => {
    expect(isApproved('methotrexate', 'psoriatic-arthritis', 'US')).toBe(false);
    expect(isApproved('methotrexate', 'crohns-disease', 'US')).toBe(false);
    expect(isApproved('methotrexate', 'psoriatic-arthritis', 'EU')).toBe(true);
    const evidence = drug('methotrexate').indications.find(
      (i) => i.conditionId === 'psoriatic-arthritis',
    )?.evidence;
    expect(evidence && 'use' in evidence ? evidence.use : undefined).toBe(
      'off-label',
    );
  });

  it('methotrexate’s nationally authorised EU products are marked national, and every US status names its product', () => {
    const eu = statuses('methotrexate', 'rheumatoid-arthritis', 'EU');
    expect(eu.some((s) => s.scope === 'national')).toBe(true);
    for (const s of statuses('methotrexate', 'rheumatoid-arthritis', 'US'))
      expect(s.formulation).toBeTruthy();
  });

  it('tocilizumab’s US COVID-19 use is an approval for hospitalised adults; the earlier EUA is recorded as revoked', () => {
    const us = statuses('tocilizumab', 'covid-19', 'US');
    expect(us).toContainEqual(
      expect.objectContaining({ status: 'approved', date: '2022-12-21' }),
    );
    expect(us).toContainEqual(
      expect.objectContaining({ status: 'emergency-use', revoked: true }),
    );
  });

  it.each(['secukinumab', 'ixekizumab'])(
    'IL-17 blocker %s is not approved for Crohn’s disease or ulcerative colitis',
    (id) => {
      for (const condition of ['crohns-disease', 'ulcerative-colitis'])
        for (const region of ['US', 'EU'] as const)
          expect(isApproved(id, condition, region)).toBe(false);
    },
  );

  it.each(['ustekinumab', 'risankizumab', 'guselkumab'])(
    'IL-12/23 and IL-23 blocker %s is approved for Crohn’s disease in both regions, and not for ankylosing spondylitis',
    (id) => {
      expect(isApproved(id, 'crohns-disease', 'US')).toBe(true);
      expect(isApproved(id, 'crohns-disease', 'EU')).toBe(true);
      expect(isApproved(id, 'ankylosing-spondylitis', 'US')).toBe(false);
      expect(isApproved(id, 'ankylosing-spondylitis', 'EU')).toBe(false);
    },
  );

  it('apremilast is approved for Behçet’s oral ulcers in both regions, not for ankylosing spondylitis (POSTURE negative)', () => {
    expect(isApproved('apremilast', 'behcets-oral-ulcers', 'US')).toBe(true);
    expect(isApproved('apremilast', 'behcets-oral-ulcers', 'EU')).toBe(true);
    expect(isApproved('apremilast', 'ankylosing-spondylitis', 'US')).toBe(
      false,
    );
  });

  it('etanercept’s paediatric psoriasis ages differ by region: 4 years in the US, 6 in the EU', () => {
    expect(
      statuses('etanercept', 'paediatric-plaque-psoriasis', 'US')[0]?.population
        ?.minAge,
    ).toEqual({ value: 4, unit: 'years' });
    expect(
      statuses('etanercept', 'paediatric-plaque-psoriasis', 'EU')[0]?.population
        ?.minAge,
    ).toEqual({ value: 6, unit: 'years' });
  });

  it('canakinumab’s US CAPS approval covers FCAS and MWS only (not NOMID); the EU covers all CAPS', () => {
    expect(isApproved('canakinumab', 'fcas', 'US')).toBe(true);
    expect(isApproved('canakinumab', 'mws', 'US')).toBe(true);
    expect(isApproved('canakinumab', 'nomid', 'US')).toBe(false);
    expect(isApproved('canakinumab', 'caps', 'US')).toBe(false);
    expect(isApproved('canakinumab', 'caps', 'EU')).toBe(true);
  });

  it('baricitinib is approved for atopic dermatitis in the EU but not in the US', () => {
    expect(isApproved('baricitinib', 'atopic-dermatitis', 'EU')).toBe(true);
    expect(isApproved('baricitinib', 'atopic-dermatitis', 'US')).toBe(false);
  });

  it('rilonacept’s EU authorisation for CAPS was withdrawn (2012); it is approved in the US', () => {
    expect(isApproved('rilonacept', 'caps', 'US')).toBe(true);
    expect(statuses('rilonacept', 'caps', 'EU').map((s) => s.status)).toEqual([
      'withdrawn',
    ]);
  });
});

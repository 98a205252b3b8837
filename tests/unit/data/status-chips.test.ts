import { describe, expect, it } from 'vitest';
import type { Drug } from '@/data/drug-schema';
import type { Condition } from '@/data/files-schema';
import { chipsFor } from '@/domain/status-chips';
import { shippedData, shippedDrugs } from '../data-fixtures';

const data = shippedData();
const conditions = data.conditions.conditions as unknown as Condition[];
const anakinra = (shippedDrugs().drugs as unknown as Drug[]).find(
  (d) => d.id === 'anakinra',
);
if (!anakinra) throw new Error('fixture needs anakinra');
const labels = (conditionId: string, region: 'US' | 'EU') =>
  chipsFor(anakinra, conditionId, region, conditions).map((c) => c.label);

describe('status chips, derived from both axes', () => {
  it('shows a sub-type approval when the condition as a whole is not approved (US: NOMID within CAPS)', () => {
    expect(labels('caps', 'US')).toEqual(['Approved (NOMID only)']);
  });

  it('shows only "Approved" when the whole condition is approved (EU: all CAPS)', () => {
    expect(labels('caps', 'EU')).toEqual(['Approved']);
  });

  it('shows the evidence axis where there is no approval, and "not covered" where nothing is listed', () => {
    expect(labels('sepsis', 'US')[0]).toMatch(/^Not recommended · /);
    expect(labels('ulcerative-colitis', 'US')).toEqual(['Not covered']);
  });

  it('labels emergency use apart from approval', () => {
    expect(labels('covid-19', 'US')[0]).toBe('Emergency use');
  });
});

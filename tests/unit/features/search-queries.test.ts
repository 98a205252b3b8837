import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '@/data/index-schema';
import type { Condition } from '@/data/files-schema';
import { toBrowseEntry } from '@/domain/browse/drug-index';
import { conditionMatchScore } from '@/features/browse/condition-options';
import { filterDrugs } from '@/features/browse/filter-drugs';
import { shippedData } from '../data-fixtures';

const data = shippedData();
const drugs = (data.index.drugs as unknown as IndexEntry[]).map(toBrowseEntry);
const conditions = data.conditions.conditions as unknown as Condition[];
const find = (q: string) =>
  filterDrugs(drugs, { classGroup: undefined, route: undefined, q }).map(
    (d) => d.id,
  );

describe('class and target searches find that class exactly', () => {
  const il17 = ['ixekizumab', 'secukinumab'];
  const tnf = [
    'adalimumab',
    'certolizumab-pegol',
    'etanercept',
    'golimumab',
    'infliximab',
  ];
  it.each([
    ['IL-17', il17],
    ['IL17', il17],
    ['il 17', il17],
    ['anti-IL-17', il17],
    ['IL-17 inhibitor', il17],
    ['IL-1', ['anakinra', 'canakinumab', 'rilonacept']],
    ['TNF inhibitor', tnf],
    ['anti-TNF', tnf],
    ['TNF blocker', tnf],
    ['TNF-alpha inhibitors', tnf],
    ['IL-23', ['guselkumab', 'risankizumab']],
    ['IL-6', ['sarilumab', 'tocilizumab']],
  ])('"%s"', (query, expected) => {
    expect(find(query)).toEqual(expected);
  });

  it('still finds names, brands and one slip in a long word', () => {
    expect(find('Kineret')).toEqual(['anakinra']);
    expect(find('tofacitnib')).toEqual(['tofacitinib']);
  });
});

describe('condition matching a clinician can rely on', () => {
  const best = (typed: string) =>
    conditions
      .map((c) => ({ c, score: conditionMatchScore(c, typed) }))
      .filter((x) => x.score !== undefined)
      .sort(
        (a, b) =>
          (a.score ?? 9) - (b.score ?? 9) || a.c.name.localeCompare(b.c.name),
      )
      .map((x) => x.c.id);
  it.each([
    ['AD', 'atopic-dermatitis'],
    ['GCA', 'giant-cell-arteritis'],
    ['psoratic arthritis', 'psoriatic-arthritis'],
    ['rheumatiod arthritis', 'rheumatoid-arthritis'],
    ['hydradenitis', 'hidradenitis-suppurativa'],
    ['ankylosing spondilitis', 'ankylosing-spondylitis'],
    ['Crohns', 'crohns-disease'],
    ['Stills', 'stills-disease'],
  ])('"%s" offers %s first', (typed, id) => {
    expect(best(typed)[0]).toBe(id);
  });
});

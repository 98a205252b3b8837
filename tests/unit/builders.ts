/**
 * Test-data builders: the smallest data that passes every rule, to be bent by one field in a test.
 * Tests of code use these instead of the shipped data, so a content edit never breaks a code test.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw JSON is poked on purpose

export const DATA_VERSION = '2026-01-15';

export const buildSource = (overrides: Json = {}): Json => ({
  id: 'testmab-uspi',
  kind: 'label',
  region: 'US',
  title: 'Testmab prescribing information',
  publisher: 'Test Pharma',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=test',
  version: 'Revised: 01/2026',
  accessed: '2026-01-10',
  ...overrides,
});

const cite = (id = 'testmab-uspi', locator = 'USPI §1') => ({
  sourceIds: [id],
  locator,
});

export const buildDrug = (overrides: Json = {}): Json => ({
  id: 'testmab',
  ingredient: 'testmab',
  name: 'Testmab',
  brandNames: [{ name: 'Testra', region: 'US', holder: 'Test Pharma' }],
  classGroup: 'tnf',
  drugClass: 'TNF blocker',
  target: 'TNF-α',
  routes: ['subcutaneous'],
  initialApproval: { US: { date: '2020-01-02', ...cite() } },
  indications: [
    {
      conditionId: 'rheumatoid-arthritis',
      statuses: [
        {
          region: 'US',
          status: 'approved',
          population: { text: 'adults', minAge: { value: 18, unit: 'years' } },
          date: '2020-01-02',
          ...cite(),
        },
      ],
    },
  ],
  dosing: [
    {
      region: 'US',
      conditionId: 'rheumatoid-arthritis',
      population: 'adults',
      regimen: '40 mg subcutaneously every other week',
      ...cite('testmab-uspi', 'USPI §2.1'),
    },
  ],
  halfLife: {
    min: 14,
    max: 14,
    unit: 'd',
    text: 'about 2 weeks',
    ...cite('testmab-uspi', 'USPI §12.3'),
  },
  boxedWarning: { present: false, ...cite('testmab-uspi', 'USPI Highlights') },
  contraindications: [],
  warnings: [],
  screening: [],
  monitoring: [],
  renal: [],
  hepatic: [],
  pregnancy: [],
  lactation: [],
  vaccination: [],
  interactions: [],
  rems: { present: false, ...cite('testmab-uspi', 'USPI Highlights') },
  additionalMonitoring: {
    present: false,
    ...cite('testmab-uspi', 'USPI Highlights'),
  },
  classRestrictions: [],
  claimChecks: [],
  lastReviewed: '2026-01-10',
  review: 'Built for a test.',
  ...overrides,
});

export const buildDrugFile = (
  drug: Json = buildDrug(),
  sources: Json[] = [buildSource()],
): Json => ({ schemaVersion: 3, dataVersion: DATA_VERSION, drug, sources });

export const buildConditions = (): Json => ({
  schemaVersion: 3,
  dataVersion: DATA_VERSION,
  conditions: [
    {
      id: 'rheumatoid-arthritis',
      name: 'Rheumatoid arthritis',
      synonyms: ['RA'],
      parentIds: [],
      area: 'rheumatology',
    },
    {
      id: 'caps',
      name: 'Cryopyrin-associated periodic syndromes',
      synonyms: ['CAPS'],
      parentIds: [],
      area: 'autoinflammatory',
    },
    {
      id: 'nomid',
      name: 'Neonatal-onset multisystem inflammatory disease',
      synonyms: ['NOMID'],
      parentIds: ['caps'],
      area: 'autoinflammatory',
    },
  ],
});

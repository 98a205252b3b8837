/**
 * Closed vocabularies of the data contract (shared/docs/data-model.md).
 * Enums, not free text, so that filters, the comparison and the data check can line values up.
 */
export const regions = ['US', 'EU'] as const;
export type Region = (typeof regions)[number];

export const classGroups = [
  'il-1',
  'jak',
  'tyk2',
  'tnf',
  'il-6',
  'il-17',
  'il-12-23',
  'il-23',
  'csdmard',
  'pde4',
  'cd80-86',
] as const;
export type ClassGroup = (typeof classGroups)[number];

export const routesOfAdministration = [
  'subcutaneous',
  'oral',
  'intravenous',
  'topical',
] as const;
export type RouteOfAdministration = (typeof routesOfAdministration)[number];

/** Regulatory axis, per region. Order here is the display order of result groups. */
export const regulatoryStatuses = [
  'approved',
  'emergency-use',
  'refused',
  'withdrawn',
  'not-approved',
] as const;
export type RegulatoryStatus = (typeof regulatoryStatuses)[number];

export const approvalTypes = [
  'standard',
  'accelerated',
  'conditional',
  'exceptional-circumstances',
] as const;

/** Evidence axis, region-independent, for uses not approved somewhere. */
export const evidenceUses = [
  'off-label',
  'investigational',
  'not-recommended',
] as const;
export type EvidenceUse = (typeof evidenceUses)[number];

/** GRADE-style certainty scale; documented on /about. Never used to sort or rank. */
export const evidenceLevels = ['high', 'moderate', 'low', 'very-low'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

export const sourceKinds = [
  'label',
  'smpc',
  'regulator',
  'trial',
  'guideline',
  'review',
  /** A dated company announcement: accepted only as the public record of a refusal or withdrawal. */
  'press-release',
] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const conditionAreas = [
  'rheumatology',
  'dermatology',
  'gastroenterology',
  'autoinflammatory',
  'infectious-disease',
  'critical-care',
  'haematology',
  'ophthalmology',
  'cardiology',
  'other',
] as const;
export type ConditionArea = (typeof conditionAreas)[number];

export const testIds = [
  'tb',
  'hbv',
  'hcv',
  'hiv',
  'cbc',
  'anc',
  'alc',
  'haemoglobin',
  'platelets',
  'liver-tests',
  'lipids',
  'creatinine',
  'ck',
  'vaccinations',
  'pregnancy-test',
  'skin-exam',
  'infection-signs',
] as const;
export type TestId = (typeof testIds)[number];

export const topicIds = [
  'serious-infections',
  'mortality',
  'malignancy',
  'mace',
  'thrombosis',
  'hypersensitivity',
  'hepatotoxicity',
  'cytopenias',
  'gi-perforation',
  'embryo-fetal-toxicity',
  'live-vaccines',
  'interstitial-lung-disease',
  'demyelination',
  'heart-failure',
  'infections-active',
  'other',
] as const;
export type TopicId = (typeof topicIds)[number];

export const claimVerdicts = [
  'supported',
  'partly',
  'unsupported',
  'false',
] as const;
export type ClaimVerdict = (typeof claimVerdicts)[number];

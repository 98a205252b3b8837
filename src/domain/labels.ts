import type {
  ClassGroup,
  ConditionArea,
  RouteOfAdministration,
  TestId,
  TopicId,
} from '@/data/enums';

/** Display words for the data's enums, in one place so every page uses the same terms. */
export const classGroupLabels: Record<ClassGroup, string> = {
  'il-1': 'IL-1 blocker',
  jak: 'JAK inhibitor',
  tyk2: 'TYK2 inhibitor',
  tnf: 'TNF blocker',
  'il-6': 'IL-6 blocker',
  'il-17': 'IL-17 blocker',
  'il-12-23': 'IL-12/23 blocker',
  'il-23': 'IL-23 blocker',
  csdmard: 'Conventional synthetic DMARD',
  pde4: 'PDE4 inhibitor',
  'cd80-86': 'T-cell co-stimulation modulator',
};

export const routeLabels: Record<RouteOfAdministration, string> = {
  subcutaneous: 'Subcutaneous',
  oral: 'Oral',
  intravenous: 'Intravenous',
  topical: 'Topical',
};

export const testLabels: Record<TestId, string> = {
  tb: 'Tuberculosis',
  hbv: 'Hepatitis B',
  hcv: 'Hepatitis C',
  hiv: 'HIV',
  cbc: 'Full blood count',
  anc: 'Neutrophil count',
  alc: 'Lymphocyte count',
  haemoglobin: 'Haemoglobin',
  platelets: 'Platelets',
  'liver-tests': 'Liver tests',
  lipids: 'Lipids',
  creatinine: 'Creatinine / renal function',
  ck: 'Creatine kinase',
  vaccinations: 'Vaccination status',
  'pregnancy-test': 'Pregnancy test',
  'skin-exam': 'Skin examination',
  'infection-signs': 'Signs of infection',
};

export const topicLabels: Record<TopicId, string> = {
  'serious-infections': 'Serious infections',
  mortality: 'Mortality',
  malignancy: 'Malignancy',
  mace: 'Major adverse cardiovascular events',
  thrombosis: 'Thrombosis',
  hypersensitivity: 'Hypersensitivity',
  hepatotoxicity: 'Hepatotoxicity',
  cytopenias: 'Cytopenias',
  'gi-perforation': 'GI perforation',
  'embryo-fetal-toxicity': 'Embryo-fetal toxicity',
  'live-vaccines': 'Live vaccines',
  'interstitial-lung-disease': 'Interstitial lung disease',
  demyelination: 'Demyelination',
  'heart-failure': 'Heart failure',
  'infections-active': 'Active infection',
  other: 'Other',
};

export const conditionAreaLabels: Record<ConditionArea, string> = {
  rheumatology: 'Rheumatology',
  dermatology: 'Dermatology',
  gastroenterology: 'Gastroenterology',
  autoinflammatory: 'Autoinflammatory diseases',
  'infectious-disease': 'Infectious disease',
  'critical-care': 'Critical care',
  haematology: 'Haematology',
  ophthalmology: 'Ophthalmology',
  cardiology: 'Cardiology',
  other: 'Other',
};

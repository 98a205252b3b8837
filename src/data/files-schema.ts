import * as z from 'zod/mini';
import { isoDate, text } from './claim';
import { conditionAreas, regions, sourceKinds } from './enums';

/** Bump together with the data when the shape changes; the app refuses data of another version. */
export const SUPPORTED_SCHEMA_VERSION = 3;

/**
 * Every data file opens with the same two fields, so the app can refuse a file written for other
 * code (schemaVersion) and never combine files of two deployments (dataVersion).
 */
const versioned = {
  schemaVersion: z.number(),
  dataVersion: isoDate(),
};

/**
 * index.json and a drug file are read in two steps: the envelope first, then each entry on its
 * own (see parse-index.ts, parse-drug-file.ts), so that one bad entry cannot hide the valid ones.
 */
export const indexEnvelopeSchema = z.strictObject({
  ...versioned,
  drugs: z.array(z.unknown()),
});

export const drugFileEnvelopeSchema = z.strictObject({
  ...versioned,
  drug: z.unknown(),
  sources: z.array(z.unknown()),
});

const kebabId = () =>
  z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id'));

export const conditionSchema = z.strictObject({
  id: kebabId(),
  name: text(),
  synonyms: z.array(text()),
  parentIds: z.array(text()),
  area: z.enum(conditionAreas),
});
export const conditionsFileSchema = z.strictObject({
  ...versioned,
  conditions: z.array(conditionSchema),
});

export const sourceSchema = z.strictObject({
  id: kebabId(),
  kind: z.enum(sourceKinds),
  region: z.optional(z.enum(regions)),
  scope: z.optional(z.enum(['central', 'national'])),
  title: text(),
  publisher: text(),
  /** The canonical, current document (DailyMed set id page, EMA EPAR, doi.org, PubMed…). */
  url: z.url(),
  /** The copy actually read, when it is not `url` (a label mirror, a national SmPC copy). */
  readVia: z.optional(z.url()),
  version: text(),
  accessed: isoDate(),
  doi: z.optional(text()),
  pmid: z.optional(text()),
});

export type Condition = z.infer<typeof conditionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ConditionsFile = z.infer<typeof conditionsFileSchema>;

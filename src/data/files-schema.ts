import * as z from 'zod/mini';
import { isoDate, text } from './claim';
import { conditionAreas, regions, sourceKinds } from './enums';

/** Bump together with the data when the shape changes; the app refuses data of another version. */
export const SUPPORTED_SCHEMA_VERSION = 2;

/**
 * drugs.json is read in two steps: the envelope first, then each entry on its own
 * (see parse-drugs.ts), so that one bad entry cannot hide the valid ones.
 */
export const drugsEnvelopeSchema = z.strictObject({
  schemaVersion: z.number(),
  dataVersion: isoDate(),
  drugs: z.array(z.unknown()),
});

export const conditionSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id')),
  name: text(),
  synonyms: z.array(text()),
  parentIds: z.array(text()),
  area: z.enum(conditionAreas),
});
export const conditionsFileSchema = z.strictObject({
  conditions: z.array(conditionSchema),
});

export const sourceSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id')),
  kind: z.enum(sourceKinds),
  region: z.optional(z.enum(regions)),
  scope: z.optional(z.enum(['central', 'national'])),
  title: text(),
  publisher: text(),
  url: z.url(),
  version: text(),
  accessed: isoDate(),
  doi: z.optional(text()),
  pmid: z.optional(text()),
});
export const sourcesFileSchema = z.strictObject({
  sources: z.array(sourceSchema),
});

export type Condition = z.infer<typeof conditionSchema>;
export type Source = z.infer<typeof sourceSchema>;

import * as z from 'zod/mini';
import { text, isoDate } from './claim';
import { statusSchema } from './drug-schema';
import {
  classGroups,
  evidenceLevels,
  evidenceUses,
  regions,
  routesOfAdministration,
  topicIds,
} from './enums';

/**
 * One entry of index.json: the list fields of a drug, with the field names of `Drug`
 * (data model, "Files"). Statuses keep what a chip shows and drop provenance (sources, locators,
 * notes), which only the card, compare and print show, from the drug file.
 */
const indexStatusSchema = z.union([
  z.omit(statusSchema, { sourceIds: true, locator: true, note: true }),
  z.strictObject({ region: z.enum(regions), unverified: z.literal(true) }),
]);

export const indexIndicationSchema = z.strictObject({
  conditionId: text(),
  statuses: z.array(indexStatusSchema),
  evidence: z.optional(
    z.union([
      z.strictObject({
        use: z.enum(evidenceUses),
        level: z.enum(evidenceLevels),
        development: z.optional(z.enum(['ongoing', 'stopped'])),
      }),
      z.strictObject({ unverified: z.literal(true) }),
    ]),
  ),
});

export const indexEntrySchema = z.strictObject({
  id: text(),
  ingredient: text(),
  name: text(),
  brandNames: z.array(
    z.strictObject({
      name: text(),
      region: z.enum(regions),
      holder: z.optional(text()),
    }),
  ),
  classGroup: z.enum(classGroups),
  drugClass: text(),
  target: text(),
  routes: z.array(z.enum(routesOfAdministration)),
  boxedWarning: z.union([
    z.strictObject({
      present: z.literal(true),
      topics: z.array(z.enum(topicIds)),
    }),
    z.strictObject({
      present: z.literal(false),
      notApprovedInUS: z.optional(z.literal(true)),
    }),
    z.strictObject({ unverified: z.literal(true) }),
  ]),
  indications: z.array(indexIndicationSchema),
  lastReviewed: isoDate(),
});

export type IndexEntry = z.infer<typeof indexEntrySchema>;
export type IndexIndication = z.infer<typeof indexIndicationSchema>;
export type IndexStatus = IndexIndication['statuses'][number];

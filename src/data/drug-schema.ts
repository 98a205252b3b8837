import * as z from 'zod/mini';
import { claim, isoDate, text } from './claim';
import {
  approvalTypes,
  classGroups,
  claimVerdicts,
  evidenceLevels,
  evidenceUses,
  regions,
  regulatoryStatuses,
  routesOfAdministration,
  testIds,
  topicIds,
} from './enums';

const region = z.enum(regions);

const population = z.strictObject({
  text: text(),
  minAge: z.optional(
    z.strictObject({
      value: z.number().check(z.nonnegative()),
      unit: z.enum(['years', 'months']),
    }),
  ),
  maxAge: z.optional(
    z.strictObject({
      value: z.number().check(z.nonnegative()),
      unit: z.enum(['years', 'months']),
    }),
  ),
  minWeightKg: z.optional(z.number().check(z.positive())),
});

/**
 * How precisely a date is known. Dates are stored as YYYY-MM-DD; a month-only date is stored as the
 * first of the month and a year-only date as 1 January, and this field says so (absent: the day).
 */
const datePrecision = z.optional(z.enum(['month', 'year']));

export const statusSchema = z.strictObject({
  region,
  status: z.enum(regulatoryStatuses),
  /** EU products authorised by member states rather than the Commission (e.g. methotrexate). */
  scope: z.optional(z.enum(['central', 'national'])),
  population: z.optional(population),
  /** Set when the approval covers a named sub-type only, e.g. "NOMID" under CAPS. */
  subtypeOnly: z.optional(text()),
  restriction: z.optional(text()),
  combination: z.optional(text()),
  biomarker: z.optional(text()),
  formulation: z.optional(text()),
  approvalType: z.optional(z.enum(approvalTypes)),
  date: z.optional(isoDate()),
  datePrecision,
  revoked: z.optional(z.boolean()),
  revokedDate: z.optional(isoDate()),
  /**
   * "announcement": the status rests on the holder's dated announcement or a regulator's news page
   * because the label text could not be read; pages say "announced <date>; label text not checked".
   */
  basis: z.optional(z.enum(['announcement'])),
  sourceIds: z
    .array(text())
    .check(z.minLength(1, 'Cite at least one source id')),
  locator: text(),
  note: z.optional(text()),
});

const evidenceSchema = z.strictObject({
  use: z.enum(evidenceUses),
  level: z.enum(evidenceLevels),
  /**
   * For trials-only uses: whether anyone is still developing the drug for this condition. A
   * programme that stopped (refused, withdrawn, abandoned) is not shown as "investigational".
   */
  development: z.optional(z.enum(['ongoing', 'stopped'])),
  summary: text(),
  sourceIds: z
    .array(text())
    .check(z.minLength(1, 'Cite at least one source id')),
  locator: z.optional(text()),
  note: z.optional(text()),
});

/** A status the sources could not settle (e.g. an approval reported only in the press). */
export const unverifiedStatusSchema = z.strictObject({
  region,
  unverified: z.literal(true),
  note: text(),
});
const unverifiedEvidenceSchema = z.strictObject({
  unverified: z.literal(true),
  note: text(),
});

export const indicationSchema = z.strictObject({
  conditionId: text(),
  statuses: z.array(z.union([statusSchema, unverifiedStatusSchema])),
  evidence: z.optional(z.union([evidenceSchema, unverifiedEvidenceSchema])),
});

const regionText = claim({ region, text: text() }, ['region']);

export const drugSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id')),
  ingredient: text(),
  name: text(),
  brandNames: z
    .array(z.strictObject({ name: text(), region, holder: z.optional(text()) }))
    .check(z.minLength(1)),
  classGroup: z.enum(classGroups),
  drugClass: text(),
  target: text(),
  routes: z.array(z.enum(routesOfAdministration)).check(z.minLength(1)),
  biosimilars: z.optional(z.boolean()),
  biosimilarNote: z.optional(text()),
  initialApproval: z.strictObject({
    US: z.optional(claim({ date: isoDate(), datePrecision })),
    EU: z.optional(claim({ date: isoDate(), datePrecision })),
  }),
  indications: z.array(indicationSchema).check(z.minLength(1)),
  dosing: z.array(
    claim(
      {
        region,
        conditionId: z.optional(text()),
        population: text(),
        /** Youngest age this dosing applies to; lets the check prove paediatric approvals have paediatric dosing. */
        minAge: z.optional(
          z.strictObject({
            value: z.number().check(z.nonnegative()),
            unit: z.enum(['years', 'months']),
          }),
        ),
        phase: z.optional(z.enum(['loading', 'induction', 'maintenance'])),
        route: z.optional(z.enum(routesOfAdministration)),
        formulation: z.optional(text()),
        regimen: text(),
        weightBand: z.optional(text()),
        maxDose: z.optional(text()),
      },
      ['region', 'conditionId', 'population', 'minAge'],
    ),
  ),
  halfLife: claim({
    min: z.number().check(z.positive()),
    max: z.number().check(z.positive()),
    unit: z.enum(['h', 'd']),
    text: text(),
  }),
  boxedWarning: z.union([
    claim({
      present: z.literal(true),
      topics: z.array(z.enum(topicIds)).check(z.minLength(1)),
      summary: text(),
    }),
    claim({
      present: z.literal(false),
      /** No US label exists (never approved there), so there is no boxed warning to speak of. */
      notApprovedInUS: z.optional(z.literal(true)),
    }),
  ]),
  contraindications: z.array(
    claim({ region, text: text(), topicId: z.optional(z.enum(topicIds)) }, [
      'region',
    ]),
  ),
  warnings: z.array(
    claim({ region, text: text(), topicId: z.optional(z.enum(topicIds)) }, [
      'region',
    ]),
  ),
  screening: z.array(
    claim({ region, testId: z.enum(testIds), timing: text() }, [
      'region',
      'testId',
    ]),
  ),
  monitoring: z.array(
    claim({ region, testId: z.enum(testIds), timing: text() }, [
      'region',
      'testId',
    ]),
  ),
  renal: z.array(regionText),
  hepatic: z.array(regionText),
  pregnancy: z.array(regionText),
  lactation: z.array(regionText),
  vaccination: z.array(regionText),
  interactions: z.array(
    claim({ region, text: text(), avoidCombination: z.optional(z.boolean()) }, [
      'region',
    ]),
  ),
  rems: claim({ present: z.boolean(), text: z.optional(text()) }),
  additionalMonitoring: claim({
    present: z.boolean(),
    text: z.optional(text()),
  }),
  classRestrictions: z.array(regionText),
  claimChecks: z.array(
    claim(
      { claim: text(), verdict: z.enum(claimVerdicts), explanation: text() },
      ['claim'],
    ),
  ),
  lastReviewed: isoDate(),
  review: text(),
});

export type Drug = z.infer<typeof drugSchema>;
export type Indication = z.infer<typeof indicationSchema>;
export type RegulatoryStatusEntry = z.infer<typeof statusSchema>;
export type StatusOrUnverified = Indication['statuses'][number];
export type Evidence = z.infer<typeof evidenceSchema>;

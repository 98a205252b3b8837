import * as z from 'zod/mini';

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));

/** Calendar date written YYYY-MM-DD; the data check also rejects impossible and future dates. */
export const isoDate = () =>
  z
    .string()
    .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written YYYY-MM-DD'));

export const text = nonEmpty;

/** Where a verified fact comes from: at least one source id, and where in it. */
const provenance = {
  sourceIds: z
    .array(nonEmpty())
    .check(z.minLength(1, 'Cite at least one source id')),
  locator: nonEmpty(),
  note: z.optional(nonEmpty()),
};

/**
 * A clinical fact with its provenance, or an honest "unverified" marker.
 * An unverified claim keeps only the keys that place it (e.g. region) and says why in `note`;
 * the UI then shows "Not verified: see the label" and never a guessed value.
 */
export function claim<
  Shape extends z.core.$ZodLooseShape,
  Keep extends keyof Shape = never,
>(shape: Shape, keep: readonly Keep[] = []) {
  const kept = Object.fromEntries(keep.map((key) => [key, shape[key]])) as Pick<
    Shape,
    Keep
  >;
  const verified = z.strictObject({ ...shape, ...provenance });
  const unverified = z.strictObject({
    ...kept,
    unverified: z.literal(true),
    note: nonEmpty(),
  });
  return z.union([verified, unverified]);
}

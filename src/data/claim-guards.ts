/* Kept apart from claim.ts so UI code can narrow claims without pulling zod into the first download. */

export type Sourced = { sourceIds: string[]; locator: string };

/** Narrows a claim union to its verified member(s). */
export function isSourced<C>(value: C): value is Extract<C, Sourced> {
  return typeof value === 'object' && value !== null && 'sourceIds' in value;
}

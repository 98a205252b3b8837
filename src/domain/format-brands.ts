import type { Drug } from '@/data/drug-schema';

/** "Kineret (US, EU)": the same brand in both regions is written once. */
export function formatBrands(drug: Pick<Drug, 'brandNames'>): string {
  const byName = new Map<string, string[]>();
  for (const brand of drug.brandNames) {
    byName.set(brand.name, [...(byName.get(brand.name) ?? []), brand.region]);
  }
  return [...byName]
    .map(([name, regions]) => `${name} (${regions.join(', ')})`)
    .join('; ');
}

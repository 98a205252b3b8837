/**
 * Builds a synthetic dataset of N drugs from the real entries, for the filter benchmark only.
 * Each copy keeps the list fields and statuses (what the list and filters read) and drops the
 * detail, so it stays valid against the schema. It is written to a temporary folder: never
 * prerendered, never precached, never shipped.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;

export function writeSyntheticDist(
  dist: string,
  target: string,
  count: number,
): string {
  mkdirSync(target, { recursive: true });
  cpSync(dist, target, { recursive: true });
  // The list is served unrendered: prerendered markup is of the real entries, never the synthetic.
  cpSync(join(dist, 'shell.html'), join(target, 'index.html'));
  const file = JSON.parse(
    readFileSync(join(dist, 'data/drugs.json'), 'utf8'),
  ) as { drugs: Json[] } & Json;
  const real = file.drugs;
  const drugs = Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length] as Json;
    const n = Math.floor(i / real.length);
    if (n === 0) return base;
    return {
      ...base,
      id: `${String(base.id)}-synthetic-${n}`,
      name: `${String(base.name)} S${n}`,
      dosing: [],
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
      classRestrictions: [],
      claimChecks: [],
    };
  });
  writeFileSync(
    join(target, 'data/drugs.json'),
    JSON.stringify({ ...file, drugs }),
  );
  return target;
}

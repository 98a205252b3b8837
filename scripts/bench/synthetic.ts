/**
 * Synthetic datasets built from the real entries, written to a temporary copy of dist/: never
 * shipped, never committed.
 * - `writeSyntheticIndex`: N list entries (index.json only), for the filter latency at 1,000 and
 *   10,000 drugs. The list is served unrendered there.
 * - `writeSyntheticFull`: N full entries (index plus a drug file each), prerendered like the real
 *   build, to show the load budgets hold when the content has quadrupled.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Drug } from '../../src/data/drug-schema';
import { toIndexEntry } from '../../src/data/to-index-entry';
import { prerenderInto } from '../prerender';

type Json = Record<string, unknown>;
type DrugFile = { drug: Drug } & Json;

const readJson = <T>(path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as T;

/** N copies of the real entries, renamed after the first round so ids and names stay unique. */
function copies<T extends { id: string; name: string }>(
  real: T[],
  count: number,
) {
  return Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length] as T;
    const n = Math.floor(i / real.length);
    return n === 0
      ? base
      : {
          ...base,
          id: `${base.id}-synthetic-${n}`,
          name: `${base.name} S${n}`,
        };
  });
}

function copyDist(dist: string, target: string) {
  mkdirSync(target, { recursive: true });
  cpSync(dist, target, { recursive: true });
}

export function writeSyntheticIndex(
  dist: string,
  target: string,
  count: number,
) {
  copyDist(dist, target);
  cpSync(join(dist, 'shell.html'), join(target, 'index.html'));
  const index = readJson<{ drugs: { id: string; name: string }[] } & Json>(
    join(dist, 'data/index.json'),
  );
  writeFileSync(
    join(target, 'data/index.json'),
    JSON.stringify({ ...index, drugs: copies(index.drugs, count) }),
  );
  return target;
}

export async function writeSyntheticFull(
  dist: string,
  target: string,
  count: number,
) {
  copyDist(dist, target);
  const index = readJson<{ drugs: { id: string }[] } & Json>(
    join(dist, 'data/index.json'),
  );
  const files = index.drugs.map((d) =>
    readJson<DrugFile>(join(dist, 'data/drugs', `${d.id}.json`)),
  );
  const drugs = copies(
    files.map((f) => f.drug),
    count,
  );
  drugs.forEach((drug, i) => {
    const file = files[i % files.length] as DrugFile;
    writeFileSync(
      join(target, 'data/drugs', `${drug.id}.json`),
      JSON.stringify({ ...file, drug }),
    );
  });
  writeFileSync(
    join(target, 'data/index.json'),
    JSON.stringify({
      ...index,
      drugs: [...drugs]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(toIndexEntry),
    }),
  );
  await prerenderInto(target);
  return { dir: target, ids: drugs.map((d) => d.id) };
}

import type { ClassGroup } from '@/data/enums';

/**
 * Searches that name a class or a target, in the ways clinicians write them: "IL-17", "IL17",
 * "anti-IL-17", "IL-17 inhibitor", "TNF blocker", "anti-TNF", "TNF-alpha inhibitor", "JAKi".
 * They find that class exactly, never a drug whose target merely contains the letters
 * ("IL-1" is not "IL-17").
 */
const classKeys: Record<string, ClassGroup> = {
  il1: 'il-1',
  il1a: 'il-1',
  il1b: 'il-1',
  il1β: 'il-1',
  interleukin1: 'il-1',
  il17: 'il-17',
  il17a: 'il-17',
  il17af: 'il-17',
  interleukin17: 'il-17',
  il23: 'il-23',
  il23p19: 'il-23',
  interleukin23: 'il-23',
  il1223: 'il-12-23',
  il12il23: 'il-12-23',
  il12: 'il-12-23',
  p40: 'il-12-23',
  il6: 'il-6',
  il6r: 'il-6',
  interleukin6: 'il-6',
  tnf: 'tnf',
  tnfa: 'tnf',
  tnfα: 'tnf',
  tnfalpha: 'tnf',
  tnfi: 'tnf',
  jak: 'jak',
  jaki: 'jak',
  jakinib: 'jak',
  jakinibs: 'jak',
  tyk2: 'tyk2',
  pde4: 'pde4',
};

export function classFromQuery(query: string): ClassGroup | undefined {
  const key = query
    .toLowerCase()
    .replace(/^anti[\s-]*/, '')
    .replace(
      /\s+(inhibitors?|blockers?|antagonists?|antibod(y|ies)|drugs?|agents?)$/,
      '',
    )
    .replace(/[\s/-]+/g, '');
  return classKeys[key];
}

import { paramReader, type IgnoredParam } from '@/domain/url/url-state';

/** The sections a sheet can print, in the order they print. */
export const printSections = [
  'overview',
  'regulatory',
  'dosing',
  'safety',
  'warnings',
  'monitoring',
  'populations',
  'interactions',
  'claims',
  'sources',
] as const;
export type PrintSection = (typeof printSections)[number];

export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** The print route's own parameters; the rest of its query is the app's (AppQuery). */
export type PrintOptions = { sections: PrintSection[]; paper: PaperSize };

const optionalSections: readonly PrintSection[] = [
  'warnings',
  'populations',
  'interactions',
  'claims',
];

/**
 * What a sheet prints when the URL names no sections: what a P&T reviewer asks for first (status
 * with restrictions, boxed warning, contraindications, screening and monitoring, sources), and
 * dosing when the sheet is about one condition. Without a condition, dosing covers every
 * indication of every drug, which alone can fill a page for two broad drugs, so it is one click
 * away instead, like the full warnings text, special populations, interactions and claim checks.
 * The sheet names what it left out.
 */
export const defaultSectionsFor = (condition?: string): PrintSection[] =>
  printSections.filter((s) =>
    s === 'dosing' ? condition !== undefined : !optionalSections.includes(s),
  );

/** Reads `sections` and `paper`; sections come back in print order whatever the URL's order. */
export function readPrintOptions(
  params: URLSearchParams,
  condition: string | undefined,
): { options: PrintOptions; ignored: IgnoredParam[] } {
  const { ignored, one, many } = paramReader(params);
  const chosen = many('sections', printSections);
  return {
    options: {
      sections: params.has('sections')
        ? printSections.filter((s) => chosen.includes(s))
        : defaultSectionsFor(condition),
      paper: one('paper', paperSizes) ?? 'a4',
    },
    ignored,
  };
}

/** Adds the options that differ from their defaults to `params`, so shared links stay short. */
export function writePrintOptions(
  params: URLSearchParams,
  { sections, paper }: PrintOptions,
  condition: string | undefined,
): URLSearchParams {
  if (sections.join() !== defaultSectionsFor(condition).join()) {
    // An explicit empty choice is kept as one empty value, so it round-trips.
    if (sections.length === 0) params.set('sections', '');
    sections.forEach((s) => params.append('sections', s));
  }
  if (paper !== 'a4') params.set('paper', paper);
  return params;
}

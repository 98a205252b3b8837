import type { RowGroup } from '@/domain/comparison/types';

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab/CR) as a formula. Prefixing an
 * apostrophe makes them show it as text; the value itself is unchanged for a reader.
 */
export function escapeCsvCell(value: string): string {
  // Spreadsheets also read the fullwidth forms as formula starts.
  const safe = /^[=+\-@\t\r＝＋－＠]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type CsvInput = {
  drugNames: string[];
  groups: RowGroup[];
  region: string;
  dataVersion: string;
  generatedAt: string;
};

/** The visible comparison as CSV: a provenance header, then one line per row with each drug's value and sources. */
export function comparisonCsv({
  drugNames,
  groups,
  region,
  dataVersion,
  generatedAt,
}: CsvInput): string {
  const lines: string[][] = [
    ['Immunodex comparison'],
    [
      'For healthcare professionals. Informs; does not recommend treatment. Check the current prescribing information.',
    ],
    ['Region', region],
    ['Data version', dataVersion],
    ['Generated', generatedAt],
    [],
    [
      'Group',
      'Attribute',
      ...drugNames.flatMap((name) => [name, `${name}: source ids`]),
      'Differs',
      'Value not verified',
    ],
  ];
  for (const group of groups) {
    for (const row of group.rows) {
      lines.push([
        group.title,
        row.label,
        ...row.cells.flatMap((cell) => [
          [cell.text, ...(cell.details ?? []), cell.note]
            .filter(Boolean)
            .join(': ')
            .replace(/\n/g, '; '),
          cell.sourceIds.join(' '),
        ]),
        row.differs ? 'yes' : 'no',
        row.gap ? 'yes' : 'no',
      ]);
    }
  }
  // UTF-8 with a byte-order mark, so spreadsheet apps read µ, ≥ and accents correctly.
  return (
    '\uFEFF' +
    lines.map((line) => line.map(escapeCsvCell).join(',')).join('\r\n') +
    '\r\n'
  );
}

export function downloadText(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

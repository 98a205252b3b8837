import { describe, expect, it } from 'vitest';
import type { Cell, Row, RowGroup } from '@/domain/comparison/types';
import type { Source } from '@/data/files-schema';
import { citationOrder, paperLayout } from '@/features/print/paper-layout';
import {
  letterFor,
  letterRestrictions,
} from '@/features/print/restriction-notes';
import { strongestSourceOnly } from '@/features/print/sheet-rows';

const approved = (restriction?: string): Cell => ({
  text: restriction ? `Approved with restriction: ${restriction}` : 'Approved',
  norm: 'approved',
  sourceIds: ['label'],
  chips: [
    {
      kind: 'approved',
      label: restriction
        ? `Approved with restriction: ${restriction}`
        : 'Approved',
      ...(restriction ? { restriction } : {}),
      sourceIds: ['label'],
    },
  ],
});
const statusRow = (
  conditionId: string,
  region: 'US' | 'EU',
  cells: Cell[],
): Row => ({
  id: `status-${conditionId}-${region}`,
  group: 'regulatory',
  label: conditionId,
  topic: conditionId,
  region,
  conditionId,
  cells,
  differs: false,
  gap: false,
});
const textCell = (text: string, sourceIds = ['label']): Cell => ({
  text,
  norm: text.toLowerCase(),
  sourceIds,
});
const none: Cell = { text: 'No dosing listed', norm: 'none', sourceIds: [] };
const dosingRow = (conditionId: string, cells: Cell[]): Row => ({
  id: `dosing-${conditionId}-US`,
  group: 'dosing',
  label: `Dosing: ${conditionId}`,
  topic: `Dosing: ${conditionId}`,
  region: 'US',
  conditionId,
  cells,
  differs: false,
  gap: false,
});

describe('paper layout: restriction letters', () => {
  const tnf = 'after inadequate response to a TNF blocker';
  const groups: RowGroup[] = [
    {
      id: 'regulatory',
      title: 'Regulatory status by condition',
      rows: [
        statusRow('psa', 'US', [approved(tnf), approved()]),
        statusRow('ra', 'US', [approved(tnf), approved(tnf)]),
        statusRow('ra', 'EU', [approved(tnf), approved()]),
      ],
    },
  ];

  it('prints each restriction once, in full, and names its letter in every cell it applies to', () => {
    const { groups: lettered, notes } = letterRestrictions(groups);
    const texts = lettered[0]?.rows.map((r) => r.cells.map((c) => c.text));
    expect(texts).toEqual([
      ['Approved with restriction (a)', 'Approved'],
      ['Approved with restriction (a)', 'Approved with restriction (b)'],
      ['Approved with restriction (c)', 'Approved'],
    ]);
    // Same words for another drug or another region get their own letter: claims never merge.
    expect(notes).toEqual([
      { letter: 'a', drugIndex: 0, region: 'US', text: tnf },
      { letter: 'b', drugIndex: 1, region: 'US', text: tnf },
      { letter: 'c', drugIndex: 0, region: 'EU', text: tnf },
    ]);
  });

  it('runs past z without clashing with numbered references', () => {
    expect([0, 25, 26, 27, 51, 52].map(letterFor)).toEqual([
      'a',
      'z',
      'aa',
      'ab',
      'az',
      'ba',
    ]);
  });
});

describe('paper layout: dosing notes', () => {
  const groups: RowGroup[] = [
    {
      id: 'dosing',
      title: 'Dosing, half-life and boxed warning',
      rows: [
        dosingRow('as', [
          textCell('5 mg twice daily'),
          textCell('15 mg once daily', ['b']),
        ]),
        dosingRow('psa', [none, textCell('15 mg once daily', ['c'])]),
        dosingRow('ra', [
          textCell('5 mg twice daily'),
          textCell('15 mg once daily', ['b']),
        ]),
        { ...dosingRow('uc', [textCell('10 mg twice daily'), none]) },
        {
          id: 'half-life',
          group: 'dosing',
          label: 'Half-life (hours)',
          cells: [textCell('3 hours'), textCell('8 hours')],
          differs: true,
          gap: false,
        },
      ],
    },
  ];
  const names: Record<string, string> = {
    as: 'Ankylosing spondylitis',
    psa: 'Psoriatic arthritis',
    ra: 'Rheumatoid arthritis',
    uc: 'Ulcerative colitis',
  };

  it('groups conditions whose dosing reads the same, per drug, and leaves out conditions without dosing', () => {
    const { dosing: notes } = paperLayout(groups, {
      drugCount: 2,
      focused: false,
      conditionName: (id) => names[id ?? ''] ?? '',
    });
    expect(
      notes.map((n) => ({
        drug: n.drugIndex,
        entries: n.entries.map((e) => [
          e.conditions.join('; '),
          e.cell.text,
          e.cell.sourceIds,
        ]),
      })),
    ).toEqual([
      {
        drug: 0,
        entries: [
          [
            'Ankylosing spondylitis; Rheumatoid arthritis',
            '5 mg twice daily',
            ['label'],
          ],
          ['Ulcerative colitis', '10 mg twice daily', ['label']],
        ],
      },
      {
        drug: 1,
        entries: [
          [
            'Ankylosing spondylitis; Psoriatic arthritis; Rheumatoid arthritis',
            '15 mg once daily',
            ['b', 'c'],
          ],
        ],
      },
    ]);
  });

  const regulatory: RowGroup = {
    id: 'regulatory',
    title: 'Regulatory status by condition',
    rows: [statusRow('ra', 'US', [approved(), approved()])],
  };
  const safety: RowGroup = {
    id: 'safety',
    title: 'Contraindications',
    rows: [dosingRow('x', [none, none])].map((r) => ({
      ...r,
      id: 'contraindications-US',
      group: 'safety' as const,
    })),
  };
  const layout = (focused: boolean) =>
    paperLayout([regulatory, ...groups, safety], {
      drugCount: 2,
      focused,
      conditionName: (id) => id ?? '',
    });
  const titles = (part: RowGroup[]) =>
    part.map((g) => [g.title, g.rows.map((r) => r.id)]);

  it('puts half-life and the boxed warning before the status rows, dosing notes between the tables', () => {
    const { before, dosing, after } = layout(false);
    expect(titles(before)).toEqual([
      ['Half-life', ['half-life']],
      ['Regulatory status by condition', ['status-ra-US']],
    ]);
    expect(dosing.length).toBeGreaterThan(0);
    expect(titles(after)).toEqual([
      ['Contraindications', ['contraindications-US']],
    ]);
  });

  it('keeps dosing rows in one table, after the status rows, when a condition is in focus', () => {
    const { before, dosing, after } = layout(true);
    expect(dosing).toEqual([]);
    expect(after).toEqual([]);
    expect(before.map((g) => g.title)).toEqual([
      'Half-life',
      'Regulatory status by condition',
      'Dosing',
      'Contraindications',
    ]);
  });

  it('numbers sources in the order a reader meets them', () => {
    expect(citationOrder(layout(false), ['claim'])).toEqual([
      'label',
      'b',
      'c',
      'claim',
    ]);
  });
});

describe('paper layout: one source per value, as few sources as possible', () => {
  const source = (id: string, kind: Source['kind']) =>
    ({ id, kind }) as unknown as Source;
  const sources = [
    source('label-copy-1', 'label'),
    source('label-copy-2', 'label'),
    source('news', 'press-release'),
    source('trial', 'trial'),
  ];
  const row = (id: string, sourceIds: string[]): Row => ({
    id,
    group: 'safety',
    label: id,
    cells: [textCell(id, sourceIds)],
    differs: false,
    gap: false,
  });

  it('cites the strongest kind, and among equals the source the sheet already needs', () => {
    const groups: RowGroup[] = [
      {
        id: 'safety',
        title: 'Safety',
        rows: [
          row('a', ['label-copy-1', 'label-copy-2']),
          row('b', ['label-copy-2']),
          row('c', ['news', 'label-copy-2']),
          row('d', ['news', 'trial']),
        ],
      },
    ];
    const cited = strongestSourceOnly(groups, sources)[0]?.rows.map(
      (r) => r.cells[0]?.sourceIds,
    );
    expect(cited).toEqual([
      ['label-copy-2'],
      ['label-copy-2'],
      ['label-copy-2'],
      ['trial'],
    ]);
  });
});

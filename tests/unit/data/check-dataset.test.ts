import { describe, expect, it } from 'vitest';
import type { Drug } from '@/data/drug-schema';
import { toIndexEntry } from '@/data/to-index-entry';
import { checkDataset } from '../../../scripts/data-check/check-dataset';
import {
  buildConditions,
  buildDrug,
  buildDrugFile,
  buildSource,
  DATA_VERSION,
} from '../builders';

const today = '2026-02-01';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures poke into raw JSON on purpose

/** A valid dataset of the given drug files, with the index they define. */
function dataset(files: Json[]) {
  return {
    index: {
      schemaVersion: 3,
      dataVersion: DATA_VERSION,
      drugs: files
        .map((f) => toIndexEntry(f.drug as Drug))
        .sort((a, b) => a.id.localeCompare(b.id)),
    },
    conditions: buildConditions(),
    drugFiles: Object.fromEntries(
      files.map((f) => [`${String(f.drug.id)}.json`, f]),
    ),
  };
}
const problemsOf = (files: Json[], edit: (d: Json) => void = () => {}) => {
  const d = dataset(files);
  edit(d);
  return checkDataset(d as never, today).problems;
};
const approvedUs = (drug: Json) => drug.indications[0].statuses[0];

describe('data check', () => {
  it('passes on a valid dataset', () => {
    expect(problemsOf([buildDrugFile()])).toEqual([]);
  });

  it('names file, drug id and field path for a schema error', () => {
    const drug = buildDrug();
    drug.halfLife.unit = 'weeks';
    expect(problemsOf([buildDrugFile(drug)])).toContainEqual(
      'drugs/testmab.json: drug.halfLife.unit: must be one of "h", "d", got "weeks"',
    );
  });

  it('rejects another schema version', () => {
    const file = buildDrugFile();
    file.schemaVersion = 1;
    expect(problemsOf([file])).toContainEqual(
      expect.stringContaining('schemaVersion is 1'),
    );
  });

  it('rejects files of two data versions', () => {
    const file = buildDrugFile();
    file.dataVersion = '2025-12-01';
    expect(problemsOf([file])).toContainEqual(
      expect.stringMatching(
        /^dataVersion differs between files: 2026-01-15 in conditions\.json, index\.json; 2025-12-01 in drugs\/testmab\.json/,
      ),
    );
  });

  it('finds a source id that does not resolve within the drug file', () => {
    const drug = buildDrug();
    drug.halfLife.sourceIds = ['no-such-source'];
    expect(problemsOf([buildDrugFile(drug)])).toContainEqual(
      `drugs/testmab.json: testmab: halfLife.sourceIds: "no-such-source" is not among this file's sources`,
    );
  });

  it('finds a source that the drug does not cite', () => {
    const file = buildDrugFile(buildDrug(), [
      buildSource(),
      buildSource({ id: 'orphan-source' }),
    ]);
    expect(problemsOf([file])).toContainEqual(
      'drugs/testmab.json: sources: orphan-source: no claim of testmab cites this source (remove it or cite it)',
    );
  });

  it('requires one record per source id across drug files', () => {
    const other = buildDrug({ id: 'othermab', name: 'Othermab' });
    const changed = buildSource({ title: 'Another title' });
    expect(
      problemsOf([buildDrugFile(), buildDrugFile(other, [changed])]),
    ).toContainEqual(
      'drugs/testmab.json: source "testmab-uspi" differs from the record of the same id in drugs/othermab.json; one id, one document',
    );
  });

  it('rejects duplicate drug ids and a file named after another id', () => {
    const d = dataset([buildDrugFile()]);
    d.drugFiles['copy.json'] = buildDrugFile();
    const { problems } = checkDataset(d as never, today);
    expect(problems).toContainEqual(
      'drugs/copy.json: drug.id is "testmab"; the file must be named testmab.json',
    );
    expect(problems).toContainEqual(
      expect.stringContaining('drug id "testmab" is used more than once'),
    );
  });

  it('names the drug id and field when the index does not match the drug files', () => {
    expect(
      problemsOf([buildDrugFile()], (d) => {
        d.index.drugs[0].name = 'Hand-edited';
        d.index.drugs.push({ id: 'ghost' });
      }),
    ).toEqual([
      'index.json: testmab.name: differs from drugs/testmab.json',
      'index.json: ghost: listed, but drugs/ghost.json does not exist or is invalid',
    ]);
  });

  it('finds condition ids and parent links that do not resolve, and duplicate ids', () => {
    const drug = buildDrug();
    drug.indications[0].conditionId = 'no-such-condition';
    const problems = problemsOf([buildDrugFile(drug)], (d) => {
      const conditions = d.conditions.conditions;
      conditions[0].parentIds = ['no-such-parent'];
      conditions.push({ ...conditions[1] });
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /testmab: indications\[0\]\.conditionId: "no-such-condition" is not in conditions\.json/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /parentIds names "no-such-parent", which is not a condition/,
      ),
    );
    expect(problems).toContainEqual(
      'conditions.json: condition id "caps" is used more than once',
    );
  });

  it('rejects dates in the future', () => {
    const drug = buildDrug({ lastReviewed: '2027-01-01' });
    const file = buildDrugFile(drug, [buildSource({ accessed: '2026-12-01' })]);
    const problems = problemsOf([file]);
    expect(problems).toContainEqual(
      'drugs/testmab.json: testmab: lastReviewed: 2027-01-01 is in the future',
    );
    expect(problems).toContainEqual(
      'drugs/testmab.json: sources: testmab-uspi.accessed: 2026-12-01 is in the future',
    );
  });

  it('rejects a month- or year-only date that is not stored as its first day', () => {
    const drug = buildDrug();
    drug.initialApproval.US = {
      ...drug.initialApproval.US,
      date: '2009-06-18',
      datePrecision: 'month',
    };
    expect(problemsOf([buildDrugFile(drug)])).toContainEqual(
      expect.stringMatching(
        /testmab: initialApproval\.US\.datePrecision: a month-only date is stored as its first day, not 2009-06-18/,
      ),
    );
  });

  it('requires "approved" to cite a label, SmPC or regulator source of the same region', () => {
    const drug = buildDrug();
    approvedUs(drug).sourceIds = ['testmab-news'];
    const file = buildDrugFile(drug, [
      buildSource(),
      buildSource({ id: 'testmab-news', kind: 'review', region: undefined }),
    ]);
    expect(problemsOf([file])).toContainEqual(
      expect.stringMatching(
        /\(rheumatoid-arthritis, US\): "approved" must cite a US label, SmPC or regulator source/,
      ),
    );
  });

  it('accepts an approval resting on a dated announcement, and only then', () => {
    const drug = buildDrug();
    Object.assign(approvedUs(drug), {
      basis: 'announcement',
      sourceIds: ['testmab-pr'],
    });
    const pr = buildSource({
      id: 'testmab-pr',
      kind: 'press-release',
      title: 'FDA approves Testra for rheumatoid arthritis',
    });
    expect(problemsOf([buildDrugFile(drug, [buildSource(), pr])])).toEqual([]);
    delete approvedUs(drug).date;
    expect(
      problemsOf([buildDrugFile(drug, [buildSource(), pr])]),
    ).toContainEqual(
      expect.stringMatching(/basis "announcement" needs the announced date/),
    );
    approvedUs(drug).sourceIds = ['testmab-uspi'];
    approvedUs(drug).date = '2020-01-02';
    expect(problemsOf([buildDrugFile(drug)])).toContainEqual(
      expect.stringMatching(
        /basis "announcement" must cite the holder's dated announcement/,
      ),
    );
  });

  it('requires "emergency-use" to cite a regulator, and refusals a date and a public record', () => {
    const drug = buildDrug();
    drug.indications[0].statuses.push(
      {
        region: 'EU',
        status: 'emergency-use',
        ...{ sourceIds: ['testmab-uspi'], locator: 'x' },
      },
      {
        region: 'EU',
        status: 'refused',
        sourceIds: ['testmab-uspi'],
        locator: 'x',
      },
    );
    const problems = problemsOf([buildDrugFile(drug)]);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\(rheumatoid-arthritis, EU\): "emergency-use" must cite a regulator source/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\(rheumatoid-arthritis, EU\): "refused" needs a date/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /"refused" must cite a regulator document or a dated public record/,
      ),
    );
  });

  it('requires evidence to cite a trial or guideline', () => {
    const drug = buildDrug();
    drug.indications.push({
      conditionId: 'caps',
      statuses: [],
      evidence: {
        use: 'off-label',
        level: 'low',
        summary: 'Case series.',
        sourceIds: ['testmab-uspi'],
      },
    });
    expect(problemsOf([buildDrugFile(drug)])).toContainEqual(
      expect.stringMatching(
        /testmab: indications\[1\]\.evidence \(caps\): evidence must cite a trial or guideline/,
      ),
    );
  });

  it('requires at least one approval and a boxed-warning claim citing the US label', () => {
    const drug = buildDrug();
    drug.indications[0].statuses[0].status = 'not-approved';
    drug.boxedWarning = {
      unverified: true,
      note: 'The label was not available.',
    };
    const problems = problemsOf([buildDrugFile(drug)]);
    expect(problems).toContainEqual(
      'drugs/testmab.json: testmab: indications: no "approved" status in any region; every entry needs at least one',
    );
    expect(problems).toContainEqual(
      'drugs/testmab.json: testmab: boxedWarning: must be a verified claim citing the US label (present or not)',
    );
  });

  it('requires dosing for each approved indication and region, and for children when approval goes below 18', () => {
    const drug = buildDrug();
    approvedUs(drug).population = {
      text: 'children 2 years and older',
      minAge: { value: 2, unit: 'years' },
    };
    drug.indications[0].statuses.push({
      ...approvedUs(drug),
      region: 'EU',
      sourceIds: ['testmab-smpc'],
    });
    const file = buildDrugFile(drug, [
      buildSource(),
      buildSource({ id: 'testmab-smpc', kind: 'smpc', region: 'EU' }),
    ]);
    const problems = problemsOf([file]);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\(rheumatoid-arthritis, EU\): approved, but there is no EU dosing for "rheumatoid-arthritis"/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\(rheumatoid-arthritis, US\): approved below age 18, but no US dosing for "rheumatoid-arthritis" covers children/,
      ),
    );
  });

  it('rejects markup in text fields but accepts comparison signs', () => {
    const drug = buildDrug();
    drug.renal = [
      {
        region: 'US',
        text: 'CrCl <30 mL/min: <b>every other day</b>',
        sourceIds: ['testmab-uspi'],
        locator: 'USPI §8.6',
      },
      {
        region: 'US',
        text: 'CrCl <30 mL/min and >15 mL/min',
        sourceIds: ['testmab-uspi'],
        locator: 'USPI §8.6',
      },
    ];
    expect(problemsOf([buildDrugFile(drug)])).toEqual([
      expect.stringMatching(
        /testmab: renal\[0\]\.text: contains markup; write plain text/,
      ),
    ]);
  });

  it('rejects research-process words in text a page shows, but not in the review line', () => {
    const drug = buildDrug({
      review: 'Two independent passes; the second pass was blind.',
    });
    drug.halfLife.note =
      'Not in any excerpt I could read (search budget exhausted).';
    const problems = problemsOf([
      buildDrugFile(drug, [
        buildSource({ version: 'only the opening was readable' }),
      ]),
    ]);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^drugs\/testmab\.json: testmab: halfLife\.note: says "(excerpt|I could|search budget)"/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /sources: testmab-uspi\.version: says "opening was"/,
      ),
    );
    expect(problems.some((p) => p.includes('.review'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDataset } from '@/data/check-dataset';
import { shippedData } from '../data-fixtures';

const today = '2026-11-23';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures poke into raw JSON on purpose

function broken(
  edit: (data: {
    drugs: Json[];
    conditions: Json[];
    sources: Json[];
    file: Json;
  }) => void,
) {
  const data = shippedData();
  edit({
    drugs: data.drugs.drugs,
    conditions: data.conditions.conditions,
    sources: data.sources.sources,
    file: data.drugs,
  });
  return checkDataset(
    { drugs: data.drugs, conditions: data.conditions, sources: data.sources },
    today,
  );
}
const drug = (drugs: Json[], id: string) => {
  const found = drugs.find((d) => d.id === id);
  if (!found) throw new Error(`fixture needs ${id}`);
  return found;
};
const first = (list: Json[]): Json => {
  const [item] = list;
  if (!item) throw new Error('fixture list is empty');
  return item;
};
const indication = (d: Json, conditionId: string) =>
  d.indications.find((i: Json) => i.conditionId === conditionId);

describe('data check', () => {
  it('passes on the shipped data', () => {
    const data = shippedData();
    expect(
      checkDataset(
        {
          drugs: data.drugs,
          conditions: data.conditions,
          sources: data.sources,
        },
        today,
      ),
    ).toEqual([]);
  });

  it('names file, drug id and field path for a schema error', () => {
    const problems = broken(({ drugs }) => {
      drug(drugs, 'anakinra').halfLife.unit = 'weeks';
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^drugs\.json: drugs\[\d+\] \(anakinra\) halfLife\.unit: must be one of "h", "d", got "weeks"$/,
      ),
    );
  });

  it('rejects another schema version', () => {
    expect(
      broken(({ file }) => {
        file.schemaVersion = 1;
      }),
    ).toContainEqual(expect.stringContaining('schemaVersion is 1'));
  });

  it('finds a source id that does not resolve', () => {
    const problems = broken(({ drugs }) => {
      drug(drugs, 'anakinra').halfLife.sourceIds = ['no-such-source'];
    });
    expect(problems).toContainEqual(
      'drugs.json: anakinra: halfLife.sourceIds: "no-such-source" is not in sources.json',
    );
  });

  it('finds a source that nothing cites', () => {
    const problems = broken(({ sources }) => {
      sources.push({ ...first(sources), id: 'orphan-source' });
    });
    expect(problems).toContainEqual(
      'sources.json: orphan-source: no claim cites this source (remove it or cite it)',
    );
  });

  it('finds condition ids and parent links that do not resolve, and duplicate ids', () => {
    const problems = broken(({ drugs, conditions }) => {
      drug(drugs, 'tofacitinib').indications[0].conditionId =
        'no-such-condition';
      first(conditions).parentIds = ['no-such-parent'];
      conditions.push({ ...first(conditions.slice(1)) });
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /tofacitinib: indications\[0\]\.conditionId: "no-such-condition" is not in conditions\.json/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /parentIds names "no-such-parent", which is not a condition/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /conditions\.json: condition id ".+" is used more than once/,
      ),
    );
  });

  it('rejects dates in the future', () => {
    const problems = broken(({ drugs, sources }) => {
      drug(drugs, 'anakinra').lastReviewed = '2027-01-01';
      first(sources).accessed = '2026-12-01';
    });
    expect(problems).toContainEqual(
      'drugs.json: anakinra: lastReviewed: 2027-01-01 is in the future',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/accessed: 2026-12-01 is in the future/),
    );
  });

  it('rejects a month- or year-only date that is not stored as its first day', () => {
    const problems = broken(({ drugs }) => {
      drug(drugs, 'methotrexate').initialApproval.US.date = '1953-06-01';
      drug(drugs, 'canakinumab').initialApproval.US.date = '2009-06-18';
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /methotrexate: initialApproval\.US\.datePrecision: a year-only date is stored as its first day, not 1953-06-01/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /canakinumab: initialApproval\.US\.datePrecision: a month-only date is stored as its first day/,
      ),
    );
  });

  it('requires "approved" to cite a label, SmPC or regulator source of the same region', () => {
    const problems = broken(({ drugs }) => {
      const us = indication(
        drug(drugs, 'deucravacitinib'),
        'plaque-psoriasis',
      ).statuses.find((s: Json) => s.region === 'US');
      us.sourceIds = ['sotyktu-smpc-rxreasoner-usage'];
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /deucravacitinib: .*\(plaque-psoriasis, US\): "approved" must cite a US label, SmPC or regulator source/,
      ),
    );
  });

  it('requires "emergency-use" to cite a regulator', () => {
    const problems = broken(({ drugs }) => {
      const eua = indication(drug(drugs, 'anakinra'), 'covid-19').statuses.find(
        (s: Json) => s.status === 'emergency-use',
      );
      eua.sourceIds = ['trial-save-more'];
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\(covid-19, US\): "emergency-use" must cite a regulator source/,
      ),
    );
  });

  it('requires refusals to be dated and to cite a regulator or public record', () => {
    const problems = broken(({ drugs }) => {
      const refusal = indication(
        drug(drugs, 'tofacitinib'),
        'plaque-psoriasis',
      ).statuses.find((s: Json) => s.status === 'refused');
      delete refusal.date;
      refusal.sourceIds = ['trial-stop-covid'];
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/\(plaque-psoriasis, US\): "refused" needs a date/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\(plaque-psoriasis, US\): "refused" must cite a regulator document or a dated public record/,
      ),
    );
  });

  it('requires evidence to cite a trial or guideline', () => {
    const problems = broken(({ drugs }) => {
      const sepsis = indication(drug(drugs, 'anakinra'), 'sepsis');
      sepsis.evidence.sourceIds = ['kineret-smpc'];
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /anakinra: indications\[\d+\]\.evidence \(sepsis\): evidence must cite a trial or guideline/,
      ),
    );
  });

  it('requires at least one approval and a boxed-warning claim citing the US label', () => {
    const problems = broken(({ drugs }) => {
      const d = drug(drugs, 'deucravacitinib');
      d.indications = d.indications.map((i: Json) => ({
        ...i,
        statuses: i.statuses.filter((s: Json) => s.status !== 'approved'),
      }));
      d.boxedWarning = { unverified: true, note: 'not read' };
    });
    expect(problems).toContainEqual(
      'drugs.json: deucravacitinib: indications: no "approved" status in any region; every entry needs at least one',
    );
    expect(problems).toContainEqual(
      'drugs.json: deucravacitinib: boxedWarning: must be a verified claim citing the US label (present or not)',
    );
  });

  it('requires dosing for each approved indication and region, and for children when approval goes below 18', () => {
    const problems = broken(({ drugs }) => {
      const t = drug(drugs, 'tofacitinib');
      t.dosing = t.dosing.filter(
        (d: Json) =>
          !(d.region === 'EU' && d.conditionId === 'ulcerative-colitis'),
      );
      t.dosing = t.dosing.filter(
        (d: Json) => !(d.region === 'US' && d.conditionId === 'pjia'),
      );
      t.dosing.push({
        region: 'US',
        conditionId: 'pjia',
        population: 'adults',
        regimen: '5 mg twice daily',
        sourceIds: ['xeljanz-uspi-dosage'],
        locator: 'USPI §2',
      });
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\(ulcerative-colitis, EU\): approved, but there is no EU dosing for "ulcerative-colitis"/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\(pjia, US\): approved below age 18, but no US dosing for "pjia" covers children/,
      ),
    );
  });

  it('rejects markup in text fields but accepts comparison signs', () => {
    const problems = broken(({ drugs }) => {
      drug(drugs, 'anakinra').renal[0].text =
        'CrCl <30 mL/min: <b>every other day</b>';
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /anakinra: renal\[0\]\.text: contains markup; write plain text/,
      ),
    ]);
  });
});

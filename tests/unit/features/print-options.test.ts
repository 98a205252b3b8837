import { describe, expect, it } from 'vitest';
import {
  defaultSectionsFor,
  readPrintOptions,
  writePrintOptions,
} from '@/features/print/print-options';

const read = (search: string, condition?: string) =>
  readPrintOptions(new URLSearchParams(search), condition);

describe('print options (sections and paper)', () => {
  it('prints status, safety, monitoring and sources by default, and dosing only for one condition', () => {
    expect(defaultSectionsFor(undefined)).toEqual([
      'overview',
      'regulatory',
      'safety',
      'monitoring',
      'sources',
    ]);
    expect(defaultSectionsFor('rheumatoid-arthritis')).toEqual([
      'overview',
      'regulatory',
      'dosing',
      'safety',
      'monitoring',
      'sources',
    ]);
  });

  it('reads sections in print order whatever the URL order, and reports what it ignores', () => {
    const { options, ignored } = read(
      'sections=sources&sections=dosing&sections=best&sections=dosing&paper=a3&paper=letter',
    );
    expect(options).toEqual({ sections: ['dosing', 'sources'], paper: 'a4' });
    expect(ignored.map((i) => `${i.param}=${i.value}: ${i.reason}`)).toEqual([
      'sections=best: not one of: overview, regulatory, dosing, safety, warnings, monitoring, populations, interactions, claims, sources',
      'sections=dosing: listed twice',
      'paper=letter: only one value is used',
      'paper=a3: not one of: a4, letter',
    ]);
  });

  it('writes only what differs from the defaults, and keeps an explicit empty choice', () => {
    const write = (
      sections: ReturnType<typeof defaultSectionsFor>,
      condition?: string,
    ) =>
      writePrintOptions(
        new URLSearchParams(),
        { sections, paper: 'a4' },
        condition,
      ).toString();
    expect(write(defaultSectionsFor(undefined))).toBe('');
    expect(write(defaultSectionsFor('caps'), 'caps')).toBe('');
    expect(write(defaultSectionsFor('caps'))).toContain('sections=dosing');
    expect(read(write([])).options.sections).toEqual([]);
    expect(
      writePrintOptions(
        new URLSearchParams('id=a'),
        { sections: ['sources'], paper: 'letter' },
        undefined,
      ).toString(),
    ).toBe('id=a&sections=sources&paper=letter');
  });
});

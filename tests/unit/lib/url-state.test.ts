import { describe, expect, it } from 'vitest';
import { paths } from '@/domain/url/paths';
import { defaultQuery } from '@/domain/url/url-params';
import { readQuery, writeQuery } from '@/domain/url/url-state';

const read = (search: string) => readQuery(new URLSearchParams(search));

describe('URL state', () => {
  it('reads every parameter the app understands', () => {
    const { query, ignored } = read(
      'condition=psoriatic-arthritis&region=US&status=approved&status=off-label&class=jak&route=oral&q=tofa&id=a&id=b&diff=1&gaps=1',
    );
    expect(ignored).toEqual([]);
    expect(query).toEqual({
      condition: 'psoriatic-arthritis',
      region: 'US',
      status: ['approved', 'off-label'],
      classGroup: 'jak',
      route: 'oral',
      q: 'tofa',
      ids: ['a', 'b'],
      diff: true,
      gaps: true,
    });
  });

  it('falls back to defaults and reports each value it ignores', () => {
    const { query, ignored } = read(
      'region=mars&status=best&class=il-99&id=a&id=a&diff=yes&condition=%3Cb%3E',
    );
    expect(query).toEqual({ ...defaultQuery, ids: ['a'] });
    expect(ignored.map((i) => `${i.param}=${i.value}: ${i.reason}`)).toEqual([
      'condition=<b>: not a valid id',
      'id=a: listed twice',
      'diff=yes: use 1 or 0',
      'region=mars: not one of: US, EU, all',
      'status=best: not one of: approved, approved-subtype, emergency-use, off-label, investigational, development-stopped, not-recommended, refused, withdrawn, unverified',
      'class=il-99: not one of: il-1, jak, tyk2, tnf, il-6, il-17, il-12-23, il-23, csdmard, pde4, cd80-86',
    ]);
  });

  it('keeps at most six ids and says why the rest were dropped', () => {
    const { query, ignored } = read('id=a&id=b&id=c&id=d&id=e&id=f&id=g');
    expect(query.ids).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ignored).toEqual([
      { param: 'id', value: 'g', reason: 'at most 6 drugs at once' },
    ]);
  });

  it('shortens a 3,000-character search and never throws on odd input', () => {
    const { query, ignored } = read(`q=${'x'.repeat(3000)}`);
    expect(query.q).toHaveLength(200);
    expect(ignored[0]?.reason).toMatch(/longer than 200 characters/);
    expect(() => read('%E0%A4%A&&&=&id=%')).not.toThrow();
  });

  it('writes a canonical query that reads back to the same state', () => {
    const state = {
      ...defaultQuery,
      condition: 'caps',
      region: 'EU' as const,
      status: ['approved' as const],
      ids: ['anakinra', 'canakinumab'],
      diff: true,
      gaps: true,
    };
    expect(read(writeQuery(state).toString()).query).toEqual(state);
    expect(writeQuery(defaultQuery).toString()).toBe('');
  });

  it('builds every path in one place', () => {
    expect(paths.drug('certolizumab-pegol')).toBe('/drugs/certolizumab-pegol');
    expect(paths.compare(['a', 'b'], { region: 'US' })).toBe(
      '/compare?region=US&id=a&id=b',
    );
    // A sheet is for one region unless asked: US is the print default, so 'all' is written out.
    expect(paths.print(['a'])).toBe('/print?id=a');
    expect(paths.print(['a'], { region: 'US' })).toBe('/print?id=a');
    expect(paths.print([], { condition: 'caps', region: 'all' })).toBe(
      '/print?condition=caps&region=all',
    );
    expect(
      paths.browse({ condition: 'psoriatic-arthritis', region: 'US' }),
    ).toBe('/?condition=psoriatic-arthritis&region=US');
  });
});

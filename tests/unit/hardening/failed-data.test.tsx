import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { failing } from '../../../mocks/failures';
import { server } from '../../../mocks/node';
import { shippedData } from '../data-fixtures';
import { renderAt } from '../render';

vi.mock('@/config/timeouts', () => ({ DATA_TIMEOUT_MS: 200 }));

const files = [
  { file: 'drugs.json', what: 'the drug list' },
  { file: 'conditions.json', what: 'the condition list' },
  { file: 'sources.json', what: 'the source list' },
] as const;

const cases = [
  {
    name: '404',
    handler: (f: string) => failing.status(f, 404),
    says: /HTTP 404/,
  },
  {
    name: '500',
    handler: (f: string) => failing.status(f, 500),
    says: /HTTP 500/,
  },
  {
    name: 'network error',
    handler: (f: string) => failing.networkError(f),
    says: /network request failed/,
  },
  {
    name: 'timeout',
    handler: (f: string) => failing.hang(f),
    says: /did not answer within 0\.2 seconds/,
  },
  {
    name: 'malformed JSON',
    handler: (f: string) => failing.malformed(f),
    says: /not valid JSON/,
  },
];

describe.each(files)('$file failing', ({ file, what }) => {
  it.each(cases)(
    '$name: names the file and the reason, offers Retry, and recovers',
    async ({ handler, says }) => {
      server.use(handler(file));
      const { user } = renderAt('/drugs/anakinra');
      const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
      expect(alert).toHaveTextContent(`Could not load ${what} (data/${file})`);
      expect(within(alert).getByText(says)).toBeInTheDocument();
      server.resetHandlers();
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Anakinra' }),
      ).toBeInTheDocument();
    },
  );
});

describe('invalid content', () => {
  it('a schema violation in conditions.json names the field', async () => {
    const data = shippedData();
    const first = data.conditions.conditions[0];
    if (first) first.area = 'cardiothoracic';
    server.use(
      http.get('*/data/conditions.json', () =>
        HttpResponse.json(data.conditions),
      ),
    );
    renderAt('/');
    expect(
      await screen.findByText(/conditions\[0\]\.area: must be one of/),
    ).toBeInTheDocument();
  });

  it('a dangling source id keeps the card and says which source is missing', async () => {
    const data = shippedData();
    data.sources.sources = data.sources.sources.filter(
      (s) => s.id !== 'kineret-smpc',
    );
    server.use(
      http.get('*/data/sources.json', () => HttpResponse.json(data.sources)),
    );
    renderAt('/drugs/anakinra');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anakinra' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Source “kineret-smpc” is cited but missing from sources.json (a data error).',
      ),
    ).toBeInTheDocument();
  });
});

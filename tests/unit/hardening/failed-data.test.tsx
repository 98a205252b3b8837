import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { failing } from '../../../mocks/failures';
import { server } from '../../../mocks/node';
import { shippedData } from '../data-fixtures';
import { renderAt } from '../render';

vi.mock('@/config/timeouts', () => ({ DATA_TIMEOUT_MS: 200 }));

/** The files a card reads: its drug file (with its sources) and the condition list. */
const files = [
  { file: 'drugs/anakinra.json', what: 'the entry for “?anakinra”?' },
  { file: 'conditions.json', what: 'the condition list' },
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
      expect(alert).toHaveTextContent(
        new RegExp(`Could not load ${what} \\(data/${file}\\)`, 'i'),
      );
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
    const { drugFiles } = shippedData();
    const file = drugFiles['anakinra.json'];
    if (!file) throw new Error('fixture needs anakinra');
    file.sources = file.sources.filter((s) => s.id !== 'kineret-smpc');
    server.use(
      http.get('*/data/drugs/anakinra.json', () => HttpResponse.json(file)),
    );
    renderAt('/drugs/anakinra');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anakinra' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Source “kineret-smpc” is cited but missing from the drug file (a data error).',
      ),
    ).toBeInTheDocument();
  });
});

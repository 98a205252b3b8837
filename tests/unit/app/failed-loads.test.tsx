import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failing } from '../../../mocks/failures';
import { server } from '../../../mocks/node';
import { shippedData } from '../data-fixtures';
import { renderAt } from '../render';

describe('failed and invalid data', () => {
  it('names the file that failed and recovers with Retry', async () => {
    server.use(failing.status('drugs.json', 500));
    const { user } = renderAt('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not load the drug list (data/drugs.json)',
    );
    expect(alert).toHaveTextContent('HTTP 500');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('link', { name: 'Anakinra' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a network error and malformed JSON in words', async () => {
    server.use(
      failing.networkError('conditions.json'),
      failing.malformed('sources.json'),
    );
    renderAt('/drugs/anakinra');
    expect(
      await screen.findByText(/the network request failed/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('the file is not valid JSON'),
    ).toBeInTheDocument();
  });

  it('hides one invalid drug entry, names it and the field, and keeps the others', async () => {
    const data = shippedData();
    const broken = data.drugs.drugs.find((d) => d.id === 'tofacitinib');
    if (!broken) throw new Error('fixture needs tofacitinib');
    broken.classGroup = 'jak-inhibitor';
    server.use(failing.body('drugs.json', data.drugs));
    renderAt('/');
    await screen.findByText(
      /1 drug entry is hidden because the data file is invalid: tofacitinib/,
    );
    expect(
      screen.getByText(
        /drugs\[\d+\] \(tofacitinib\) classGroup: must be one of .*got "jak-inhibitor"/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Anakinra' })).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Tofacitinib' }),
    ).not.toBeInTheDocument();
  });

  it('refuses data written for another schema version with a clear message', async () => {
    const data = shippedData();
    data.drugs.schemaVersion = 99;
    server.use(failing.body('drugs.json', data.drugs));
    renderAt('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'schemaVersion is 99, but this version of Immunodex reads schemaVersion 2',
    );
  });
});

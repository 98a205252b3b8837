import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failing } from '../../../mocks/failures';
import { server } from '../../../mocks/node';
import { shippedData } from '../data-fixtures';
import { renderAt } from '../render';

describe('failed and invalid data', () => {
  it('names the file that failed and recovers with Retry', async () => {
    server.use(failing.status('index.json', 500));
    const { user } = renderAt('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not load the drug list (data/index.json)',
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
      failing.malformed('drugs/anakinra.json'),
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
    const { index } = shippedData();
    const broken = index.drugs.find((d) => d.id === 'tofacitinib');
    if (!broken) throw new Error('fixture needs tofacitinib');
    broken.classGroup = 'jak-inhibitor';
    server.use(failing.body('index.json', index));
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
    const { index } = shippedData();
    index.schemaVersion = 99;
    server.use(failing.body('index.json', index));
    renderAt('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'schemaVersion is 99, but this version of Immunodex reads schemaVersion 3',
    );
  });

  it('shows a broken drug file as that card failed, naming the file, and keeps the list working', async () => {
    const { drugFiles } = shippedData();
    const file = drugFiles['anakinra.json'];
    if (!file) throw new Error('fixture needs anakinra');
    file.drug.routes = 'under the skin';
    server.use(failing.body('drugs/anakinra.json', file));
    renderAt('/drugs/anakinra');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('(data/drugs/anakinra.json)');
    expect(alert).toHaveTextContent(/drug\.routes/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  it('names a listed drug whose file is missing instead of calling it unknown', async () => {
    server.use(failing.status('drugs/anakinra.json', 404));
    renderAt('/drugs/anakinra');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not load the entry for Anakinra (data/drugs/anakinra.json)',
    );
    expect(screen.queryByText(/No drug with the id/)).not.toBeInTheDocument();
  });

  it('gives a card whose data failed a page heading', async () => {
    server.use(failing.status('conditions.json', 500));
    renderAt('/drugs/anakinra');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Drug card could not be loaded',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 500');
  });

  it('calls an id that no drug has unknown', async () => {
    renderAt('/drugs/no-such-drug');
    expect(
      await screen.findByText(
        'No drug with the id “no-such-drug” is in this data version.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('never combines files of two data versions', async () => {
    const { drugFiles } = shippedData();
    const file = drugFiles['anakinra.json'];
    if (!file) throw new Error('fixture needs anakinra');
    file.dataVersion = '2020-01-01';
    server.use(failing.body('drugs/anakinra.json', file));
    renderAt('/drugs/anakinra');
    expect(
      await screen.findByText(
        /come from two versions of Immunodex \(2020-01-01 and/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { level: 2, name: 'Dosing' }),
    ).not.toBeInTheDocument();
  });
});

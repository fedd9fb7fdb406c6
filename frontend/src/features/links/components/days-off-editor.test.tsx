import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render';
import { createDraft, type ExcludedDate, type LinkDraft } from '../model/link-draft';
import { DaysOffEditor } from './days-off-editor';

let latest: ExcludedDate[] = [];

function Harness({ initial = {} }: { initial?: Partial<LinkDraft> }) {
  const [draft, setDraft] = useState<LinkDraft>({ ...createDraft('Europe/Berlin'), ...initial });
  return (
    <DaysOffEditor
      draft={draft}
      errors={{}}
      onChange={(excludedDates) => {
        latest = excludedDates;
        setDraft({ ...draft, excludedDates });
      }}
    />
  );
}

function holidaysApi() {
  return createFakeApi({
    'GET /bookings/holidays/countries': () => ({
      status: 200,
      body: {
        countries: [
          { code: 'AT', name: 'Austria', regions: [] },
          {
            code: 'DE',
            name: 'Germany',
            regions: [
              { code: 'BY', name: 'Bayern' },
              { code: 'BE', name: 'Berlin' },
            ],
          },
        ],
      },
    }),
    'GET /bookings/holidays': (request) => ({
      status: 200,
      body: {
        country: request.search.get('country') ?? '',
        region: request.search.get('region'),
        from: request.search.get('from') ?? '',
        to: request.search.get('to') ?? '',
        holidays: [
          { date: '2026-12-24', name: 'Christmas Eve' },
          { date: '2026-12-25', name: 'Christmas Day' },
          { date: '2026-12-31', name: "New Year's Eve" },
          { date: '2027-01-06', name: 'Epiphany' },
        ],
      },
    }),
  });
}

describe('DaysOffEditor', () => {
  it('adds a day off and keeps focus in the date field for the next one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { api: holidaysApi().client });
    const dateField = screen.getByLabelText('Day off');
    fireEvent.change(dateField, { target: { value: '2026-12-24' } });
    await user.click(screen.getByRole('button', { name: 'Add day off' }));
    expect(latest).toEqual([{ date: '2026-12-24' }]);
    expect(
      within(screen.getByRole('list', { name: 'Days off' })).getByText('2026-12-24'),
    ).toBeInTheDocument();
    expect(dateField).toHaveFocus();
  });

  it("previews a country's and region's holidays by name and adds the new ones with their names", async () => {
    const user = userEvent.setup();
    const fake = holidaysApi();
    renderWithProviders(
      <Harness
        initial={{
          excludedDates: [{ date: '2026-12-24' }],
          dateOverrides: [{ date: '2026-12-31', ranges: [{ start: '09:00', end: '12:00' }] }],
        }}
      />,
      { api: fake.client },
    );
    await user.click(screen.getByRole('button', { name: 'Add public holidays' }));

    const country = await screen.findByRole('combobox', { name: 'Country' });
    await waitFor(() => expect(country).toHaveFocus());
    expect(screen.queryByRole('combobox', { name: 'Region' })).not.toBeInTheDocument();
    await user.selectOptions(country, 'DE');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'BY');

    const preview = await screen.findByRole('list', { name: /^Public holidays in Germany/ });
    expect(within(preview).getByText('Christmas Day')).toBeInTheDocument();
    expect(within(preview).getByText('(already a day off)', { exact: false })).toBeInTheDocument();
    expect(within(preview).getByText('(has its own hours, not added)', { exact: false })).toBeInTheDocument();
    const request = fake.requests.find(
      (sent) => sent.path === '/bookings/holidays' && sent.search.get('region'),
    );
    expect(request?.search.get('country')).toBe('DE');
    expect(request?.search.get('region')).toBe('BY');
    expect(request?.search.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await user.click(screen.getByRole('button', { name: 'Add 2 holidays to days off' }));
    expect(latest).toEqual([
      { date: '2026-12-24' },
      { date: '2026-12-25', label: 'Christmas Day' },
      { date: '2027-01-06', label: 'Epiphany' },
    ]);
    const daysOff = screen.getByRole('list', { name: 'Days off' });
    await waitFor(() => expect(daysOff).toHaveFocus());
    expect(within(daysOff).getByText('Epiphany', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added 2 public holidays to the days off.');
    expect(screen.queryByRole('combobox', { name: 'Country' })).not.toBeInTheDocument();
  });

  it('cancels the picker without changing the days off and returns focus to its button', async () => {
    latest = [];
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { api: holidaysApi().client });
    await user.click(screen.getByRole('button', { name: 'Add public holidays' }));
    await screen.findByRole('combobox', { name: 'Country' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add public holidays' })).toHaveFocus());
    expect(latest).toEqual([]);
    expect(screen.getByText('No days off.')).toBeInTheDocument();
  });

  it('after removing a day off, focus moves to the next one, then to the date field when none is left', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <Harness
        initial={{ excludedDates: [{ date: '2026-12-24' }, { date: '2026-12-31', label: 'New Year’s Eve' }] }}
      />,
      { api: holidaysApi().client },
    );
    await user.click(screen.getByRole('button', { name: 'Remove day off 2026-12-24' }));
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Remove day off 2026-12-31 (New Year’s Eve)' }),
      ).toHaveFocus(),
    );
    await user.click(screen.getByRole('button', { name: 'Remove day off 2026-12-31 (New Year’s Eve)' }));
    await waitFor(() => expect(screen.getByLabelText('Day off')).toHaveFocus());
    expect(latest).toEqual([]);
  });
});

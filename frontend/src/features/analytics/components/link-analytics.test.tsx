import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render';
import { LinkAnalyticsPanel } from './link-analytics-panel';

describe('link analytics', () => {
  it('shows views, bookings, conversion and a described chart with a table alternative', async () => {
    const fake = createFakeApi({
      'GET /bookings/links/{id}/analytics': () => ({
        status: 200,
        body: {
          from: '2026-11-01',
          to: '2026-11-03',
          timeZone: 'Europe/Berlin',
          views: 40,
          bookings: 3,
          conversionRate: 0.075,
          series: [
            { date: '2026-11-01', views: 25, bookings: 2 },
            { date: '2026-11-02', views: 15, bookings: 1 },
            { date: '2026-11-03', views: 0, bookings: 0 },
          ],
        },
      }),
    });
    renderWithProviders(<LinkAnalyticsPanel linkId="link-1" />, { api: fake.client });

    expect(await screen.findByText('7.5 %')).toBeInTheDocument();
    expect(screen.getByText('40')).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Views and bookings per day/ });
    expect(chart).toHaveAccessibleName(
      expect.stringMatching(/busiest day was Sun.*(1 Nov|Nov 1) with 25 views/),
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(6);

    await userEvent.click(screen.getByText('Show the numbers as a table'));
    const table = screen.getByRole('table', { name: 'Views and bookings per day' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['25', '2']);
    expect(fake.requests[0]?.path).toBe('/bookings/links/link-1/analytics');
  });
});

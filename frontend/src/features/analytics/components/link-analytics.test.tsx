import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createFakeApi, type RecordedRequest } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render';
import type { LinkAnalytics } from '../api/get-link-analytics';
import { LinkAnalyticsPanel } from './link-analytics-panel';

function day(date: string, views: number, bookings: number) {
  return { date, views, bookings, cancellations: 0, reschedules: 0 };
}

const NOVEMBER: LinkAnalytics = {
  from: '2026-11-01',
  to: '2026-11-03',
  timeZone: 'Europe/Berlin',
  views: 40,
  bookings: 3,
  cancellations: 1,
  reschedules: 0,
  conversionRate: 0.075,
  series: [
    day('2026-11-01', 25, 1),
    { ...day('2026-11-02', 15, 2), cancellations: 1 },
    day('2026-11-03', 0, 0),
  ],
};

/** A service answering the asked range with zeros, or `answer` when no range is asked. */
function renderPanel(answer: LinkAnalytics, path = '/bookings/dashboard/links/link-1/analytics') {
  const fake = createFakeApi({
    'GET /bookings/links/{id}/analytics': (request) => {
      const from = request.search.get('from');
      const to = request.search.get('to');
      if (!from || !to) return { status: 200, body: answer };
      const series = [];
      for (let date = from; date <= to; date = nextDay(date)) series.push(day(date, 0, 0));
      return {
        status: 200,
        body: { ...answer, from, to, views: 0, bookings: 0, cancellations: 0, conversionRate: 0, series },
      };
    },
  });
  const router = createMemoryRouter(
    [{ path: '/bookings/dashboard/links/:id/analytics', element: <LinkAnalyticsPanel linkId="link-1" /> }],
    { initialEntries: [path] },
  );
  renderWithProviders(<RouterProvider router={router} />, { api: fake.client });
  const analyticsRequests = (): RecordedRequest[] =>
    fake.requests.filter((request) => request.path === '/bookings/links/link-1/analytics');
  return { fake, router, analyticsRequests, user: userEvent.setup() };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe('link analytics', () => {
  it('shows views, bookings, conversion and a described chart', async () => {
    renderPanel(NOVEMBER);

    expect(await screen.findByText('7.5 %')).toBeInTheDocument();
    expect(screen.getByText('40')).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Views and bookings per day/ });
    expect(chart).toHaveAccessibleName(
      expect.stringMatching(/busiest day was Sun.*(1 Nov|Nov 1) with 25 views/),
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(6);
  });

  it('names each series’ own busiest day in the legend, and keeps text out of the stretched drawing', async () => {
    renderPanel(NOVEMBER);
    const chart = await screen.findByRole('figure');
    const legend = chart.querySelector('figcaption');
    // Views peak on 1 Nov with 25, bookings on 2 Nov with 2: never one number for both.
    expect(legend).toHaveTextContent(/Views \(most on Sun.*(1 Nov|Nov 1): 25\)/);
    expect(legend).toHaveTextContent(/Bookings \(most on Mon.*(2 Nov|Nov 2): 2\)/);
    expect(legend).not.toHaveTextContent(/peak/);
    const svg = within(chart).getByRole('img');
    expect(svg).toHaveAttribute('preserveAspectRatio', 'none');
    expect(svg.querySelectorAll('text')).toHaveLength(0);
    expect(chart).toHaveTextContent(/(1 Nov|Nov 1).*(3 Nov|Nov 3)/);
  });

  it('says "none" rather than a made-up peak when nothing happened', async () => {
    renderPanel({
      ...NOVEMBER,
      views: 0,
      bookings: 0,
      conversionRate: 0,
      series: NOVEMBER.series.map((d) => day(d.date, 0, 0)),
    });
    const legend = (await screen.findByRole('figure')).querySelector('figcaption');
    expect(legend).toHaveTextContent('Views (none)');
    expect(legend).toHaveTextContent('Bookings (none)');
    expect(screen.getByRole('img', { name: /No views from/ })).toBeInTheDocument();
  });

  it('lists every day in a captioned table with conversion, cancellations and moves', async () => {
    renderPanel(NOVEMBER);
    const table = await screen.findByRole('table', {
      name: /^Per day, Sun.*(1 Nov|Nov 1).*\(Europe\/Berlin\)$/,
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Day', 'Views', 'Bookings', 'Conversion', 'Cancelled', 'Moved']);
    expect(within(rows[2] as HTMLElement).getByRole('rowheader')).toHaveTextContent(/(2 Nov|Nov 2)/);
    expect(
      within(rows[2] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['15', '2', '13.3 %', '1', '0']);
    expect(within(rows[3] as HTMLElement).getAllByRole('cell')[2]).toHaveTextContent('—');
    // The table scrolls inside itself: keyboard users can reach it to scroll.
    expect(screen.getByRole('region', { name: /^Per day/ })).toHaveAttribute('tabindex', '0');
  });

  it('shows another range of days when asked, and keeps it in the URL', async () => {
    const { router, analyticsRequests, user } = renderPanel(NOVEMBER);
    const from = await screen.findByLabelText('From');
    expect(from).toHaveValue('2026-11-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-03');
    expect(analyticsRequests()[0]?.search.toString()).toBe('');

    fireEvent.change(from, { target: { value: '2026-10-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-10-07' } });
    const show = screen.getByRole('button', { name: 'Show these days' });
    await user.click(show);

    expect(await screen.findByText(/^7 days, Thu.*(1 Oct|Oct 1) to Wed.*(7 Oct|Oct 7)/)).toBeInTheDocument();
    expect(Object.fromEntries(analyticsRequests().at(-1)?.search ?? [])).toEqual({
      from: '2026-10-01',
      to: '2026-10-07',
    });
    expect(router.state.location.search).toBe('?from=2026-10-01&to=2026-10-07');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(8);
    expect(show).toHaveFocus();
  });

  it('starts from the range in the URL', async () => {
    const { analyticsRequests } = renderPanel(
      NOVEMBER,
      '/bookings/dashboard/links/link-1/analytics?from=2026-01-01&to=2026-01-02',
    );
    expect(await screen.findByLabelText('From')).toHaveValue('2026-01-01');
    expect(analyticsRequests()[0]?.search.get('to')).toBe('2026-01-02');
  });

  it('refuses a range the service would refuse, points at the field, and clears the error once fixed', async () => {
    const { analyticsRequests, user } = renderPanel(NOVEMBER);
    const to = await screen.findByLabelText('To');
    expect(to).toHaveAttribute('min', '2026-11-01');
    expect(to).toHaveAttribute('max', '2027-11-01');
    const asked = analyticsRequests().length;

    fireEvent.change(to, { target: { value: '2026-10-31' } });
    await user.click(screen.getByRole('button', { name: 'Show these days' }));
    expect(to).toHaveAccessibleDescription(/Must be on or after the first day/);
    expect(to).toHaveFocus();

    fireEvent.change(to, { target: { value: '2027-11-02' } });
    expect(to).toHaveAccessibleDescription(/At most 366 days/);
    fireEvent.change(to, { target: { value: '2027-11-01' } });
    expect(to).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Show these days' }));
    await waitFor(() => expect(analyticsRequests().length).toBe(asked + 1));
    expect(analyticsRequests().at(-1)?.search.get('to')).toBe('2027-11-01');
  });
});

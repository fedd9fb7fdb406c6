import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildLink, buildOneTimeLink, page } from '../../../testing/factories';
import { type FakeRoutes, problem } from '../../../testing/fake-api';
import { renderSignedInOwnerApp } from '../../../testing/render';

const link = buildLink({ title: 'Intro call' });

function routes(overrides: FakeRoutes = {}): FakeRoutes {
  return {
    'GET /bookings/links/{id}': () => ({ status: 200, body: link }),
    'GET /bookings/links/{id}/one-time': () => ({ status: 200, body: page([]) }),
    ...overrides,
  };
}

describe('one-time links', () => {
  it('checks the recipient’s email before calling the API', async () => {
    const { fake } = renderSignedInOwnerApp(`/bookings/dashboard/links/${link.id}/one-time`, routes());
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Create one-time link' }));
    expect(screen.getByLabelText(/^Recipient email/)).toHaveAccessibleDescription(
      expect.stringContaining('Enter the recipient’s email address.'),
    );
    await user.clear(screen.getByLabelText(/^Expires after/));
    await user.type(screen.getByLabelText(/^Expires after/), '120');
    await user.click(screen.getByRole('button', { name: 'Create one-time link' }));
    expect(screen.getByText('Enter a number of days from 1 to 90.')).toBeInTheDocument();
    expect(fake.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('creates one, shows its address with focus on it, then lists it with the address again', async () => {
    const created = {
      ...buildOneTimeLink({ linkId: link.id }),
      url: 'http://localhost:3000/public/bookings/once',
    };
    let items: ReturnType<typeof buildOneTimeLink>[] = [];
    const { fake } = renderSignedInOwnerApp(
      `/bookings/dashboard/links/${link.id}/one-time`,
      routes({
        'GET /bookings/links/{id}/one-time': () => ({ status: 200, body: page(items) }),
        'POST /bookings/links/{id}/one-time': () => {
          items = [created];
          return { status: 201, body: created };
        },
      }),
    );
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Recipient email/), 'dana@example.com');
    await user.type(screen.getByLabelText(/^Recipient name/), 'Dana');
    await user.click(screen.getByRole('button', { name: 'Create one-time link' }));

    const notice = await screen.findByText(`One-time link for ${created.recipientEmail}`);
    const noticeBox = notice.closest('[tabindex="-1"]');
    expect(within(noticeBox as HTMLElement).getByRole('link', { name: created.url })).toBeInTheDocument();
    await waitFor(() => expect(noticeBox).toHaveFocus());
    const list = await screen.findByRole('list', { name: 'One-time links' });
    expect(within(list).getByText('Active')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: created.url })).toBeInTheDocument();
    const sent = fake.requests.find((request) => request.method === 'POST');
    expect(sent?.body).toEqual({
      recipientEmail: 'dana@example.com',
      recipientName: 'Dana',
      expiresInDays: 7,
    });
  });

  it('puts a server field error beside its field', async () => {
    renderSignedInOwnerApp(
      `/bookings/dashboard/links/${link.id}/one-time`,
      routes({
        'POST /bookings/links/{id}/one-time': () =>
          problem(400, 'validation_failed', 'Invalid', [
            { path: '/recipientEmail', message: 'must match format "email"' },
          ]),
      }),
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Recipient email/), 'dana@example.com');
    await user.click(screen.getByRole('button', { name: 'Create one-time link' }));

    expect(await screen.findByText('must match format "email"')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Recipient email/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows each status and revokes an active one after confirming', async () => {
    const active = buildOneTimeLink({ recipientEmail: 'a@example.com', recipientName: null });
    let items = [
      active,
      buildOneTimeLink({ recipientEmail: 'b@example.com', status: 'booked' }),
      buildOneTimeLink({ recipientEmail: 'c@example.com', status: 'expired' }),
      buildOneTimeLink({ recipientEmail: 'd@example.com', status: 'revoked' }),
    ];
    const { fake } = renderSignedInOwnerApp(
      `/bookings/dashboard/links/${link.id}/one-time`,
      routes({
        'GET /bookings/links/{id}/one-time': () => ({ status: 200, body: page(items) }),
        'POST /bookings/one-time/{oid}:revoke': () => {
          items = items.map((item) =>
            item.id === active.id ? { ...item, status: 'revoked' as const } : item,
          );
          return { status: 200, body: { ...active, status: 'revoked' } };
        },
      }),
    );
    const user = userEvent.setup();

    const list = await screen.findByRole('list', { name: 'One-time links' });
    for (const status of ['Active', 'Booked', 'Expired', 'Revoked'])
      expect(within(list).getByText(status)).toBeInTheDocument();
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Copy', 'Revoke']);

    await user.click(screen.getByRole('button', { name: 'Revoke the link for a@example.com' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke' }));

    expect(fake.requests.some((request) => request.path === `/bookings/one-time/${active.id}:revoke`)).toBe(
      true,
    );
    await screen.findByText('a@example.com');
    expect(await within(list).findAllByText('Revoked')).toHaveLength(2);
  });

  it('picks times across days in the calendar, counts them, removes one and offers only those', async () => {
    // Europe/Berlin is UTC+1 in December: 09:00Z reads 10:00.
    const tuesdayTen = { start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T09:30:00.000Z' };
    const tuesdayEleven = { start: '2026-12-01T10:00:00.000Z', end: '2026-12-01T10:30:00.000Z' };
    const wednesdayTen = { start: '2026-12-02T09:00:00.000Z', end: '2026-12-02T09:30:00.000Z' };
    const { fake } = renderSignedInOwnerApp(
      `/bookings/dashboard/links/${link.id}/one-time`,
      routes({
        'GET /bookings/public/{token}/availability': () => ({
          status: 200,
          body: {
            timeZone: 'Europe/Berlin',
            duration: 30,
            days: [
              { date: '2026-12-01', slots: [tuesdayTen, tuesdayEleven] },
              { date: '2026-12-02', slots: [wednesdayTen] },
            ],
          },
        }),
        'POST /bookings/links/{id}/one-time': () => ({
          status: 201,
          body: {
            ...buildOneTimeLink({ pickedSlots: [tuesdayTen, wednesdayTen] }),
            url: 'http://localhost:3000/public/bookings/x',
          },
        }),
      }),
    );
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Recipient email/), 'dana@example.com');
    await user.click(screen.getByRole('checkbox', { name: 'Offer only times I pick' }));
    await user.click(screen.getByRole('button', { name: 'Create one-time link' }));
    expect(
      await screen.findByText('Pick at least one time, or offer the link’s usual times.'),
    ).toBeInTheDocument();

    const picker = screen.getByRole('group', { name: 'Times to offer' });
    const count = within(picker).getByRole('status');
    expect(count).toHaveTextContent('No slots picked yet');
    const tuesday = await within(picker).findByRole('list', { name: /^Free times on Tuesday/ });
    await user.click(within(tuesday).getByRole('button', { name: /^10:00/ }));
    await user.click(within(tuesday).getByRole('button', { name: /^11:00/ }));
    expect(within(tuesday).getByRole('button', { name: /^11:00/ })).toHaveAttribute('aria-pressed', 'true');
    expect(count).toHaveTextContent('2 slots picked');

    await user.click(within(picker).getByRole('button', { name: /Wednesday.*2.*1 free time$/ }));
    const wednesday = within(picker).getByRole('list', { name: /^Free times on Wednesday/ });
    await user.click(within(wednesday).getByRole('button', { name: /^10:00/ }));
    expect(count).toHaveTextContent('3 slots picked');
    expect(within(picker).getByRole('button', { name: /Tuesday.*2 free times, 2 picked$/ })).toBeEnabled();

    const picked = within(picker).getByRole('list', { name: 'Picked times' });
    expect(within(picked).getAllByRole('listitem')).toHaveLength(3);
    const removeEleven = within(picked).getByRole('button', { name: /^Remove .*11:00.*–11:30/ });
    await user.click(removeEleven);
    expect(count).toHaveTextContent('2 slots picked');
    expect(within(picked).getAllByRole('listitem')).toHaveLength(2);
    await waitFor(() =>
      expect(within(picked).getByRole('button', { name: /^Remove Wed.*10:00.*–10:30/ })).toHaveFocus(),
    );

    await user.click(screen.getByRole('button', { name: 'Create one-time link' }));
    await screen.findByRole('link', { name: 'http://localhost:3000/public/bookings/x' });
    const availability = fake.requests.find((request) => request.path.endsWith('/availability'));
    expect(availability?.path).toBe(`/bookings/public/${link.url.split('/').at(-1)}/availability`);
    expect(availability?.search.get('timezone')).toBe('Europe/Berlin');
    expect(fake.requests.find((request) => request.method === 'POST')?.body).toMatchObject({
      pickedSlots: [tuesdayTen, wednesdayTen],
    });
  });

  it('copies an active link’s address again from the list, and explains why an old one has none', async () => {
    const current = buildOneTimeLink({ recipientEmail: 'a@example.com' });
    renderSignedInOwnerApp(
      `/bookings/dashboard/links/${link.id}/one-time`,
      routes({
        'GET /bookings/links/{id}/one-time': () => ({
          status: 200,
          body: page([
            current,
            buildOneTimeLink({ recipientEmail: 'old@example.com', url: null }),
            buildOneTimeLink({ recipientEmail: 'b@example.com', status: 'booked' }),
          ]),
        }),
      }),
    );
    const user = userEvent.setup();
    // After setup, which puts a clipboard of its own in place.
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    const list = await screen.findByRole('list', { name: 'One-time links' });
    expect(within(list).getByRole('link', { name: current.url ?? '' })).toHaveAttribute('href', current.url);
    expect(within(list).getAllByRole('button', { name: /^Copy/ })).toHaveLength(1);
    expect(within(list).getByText(/cannot be shown again/)).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Copy the address for a@example.com' }));
    expect(writeText).toHaveBeenCalledWith(current.url);
    expect(await within(list).findByText('Copied')).toBeInTheDocument();
  });

  it('suggests recipients from the address book after three characters and fills in the name', async () => {
    const { fake } = renderSignedInOwnerApp(
      `/bookings/dashboard/links/${link.id}/one-time`,
      routes({
        'GET /bookings/contacts': () => ({
          status: 200,
          body: { items: [{ email: 'dana@example.com', name: 'Dana Doe', source: 'google' }] },
        }),
      }),
    );
    const user = userEvent.setup();
    const email = await screen.findByLabelText(/^Recipient email/);

    await user.type(email, 'da');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fake.requests.some((request) => request.path === '/bookings/contacts')).toBe(false);

    await user.type(email, 'n');
    await waitFor(() =>
      expect(document.querySelector('datalist option')).toHaveAttribute('value', 'dana@example.com'),
    );
    expect(fake.requests.find((request) => request.path === '/bookings/contacts')?.search.get('q')).toBe(
      'dan',
    );

    await user.clear(email);
    await user.type(email, 'dana@example.com');
    expect(screen.getByLabelText(/^Recipient name/)).toHaveValue('Dana Doe');
  });
});

import { createHash } from 'node:crypto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildQuestion } from '../../../testing/factories';
import { createFakeApi, type FakeHandler, problem } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render';
import type { PublicLink } from '../api/public-booking';
import { PublicBookingPage } from './public-booking-page';

function inDays(days: number, hour: number): Date {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

const slotStart = inDays(3, 9);
const slotEnd = new Date(slotStart.getTime() + 30 * 60_000);

function buildPublicLink(overrides: Partial<PublicLink> = {}): PublicLink {
  return {
    kind: 'evergreen',
    title: 'Intro call',
    description: 'A first conversation.',
    ownerName: 'Olivia Owner',
    timeZone: 'Europe/Berlin',
    durations: [30, 60],
    defaultDuration: 30,
    questions: [
      buildQuestion({ id: 'company', label: 'Company', required: true }),
      buildQuestion({ id: 'topics', label: 'Topics', kind: 'multi_choice', options: ['Pricing', 'Support'] }),
    ],
    botProtection: false,
    ...overrides,
  };
}

/** The service's grouping: slots by local date of the requested zone. */
const availability: FakeHandler = (request) => {
  const timeZone = request.search.get('timezone') ?? 'UTC';
  const date = new Intl.DateTimeFormat('en-CA', { timeZone }).format(slotStart);
  return {
    status: 200,
    body: {
      timeZone,
      duration: Number(request.search.get('duration')),
      days: [{ date, slots: [{ start: slotStart.toISOString(), end: slotEnd.toISOString() }] }],
    },
  };
};

function confirmation(body: { email: string; name: string }) {
  return {
    status: 201,
    body: {
      booking: {
        id: '11111111-1111-4111-8111-111111111111',
        status: 'confirmed',
        start: slotStart.toISOString(),
        end: slotEnd.toISOString(),
        duration: 30,
        timeZone: 'UTC',
        recipient: { name: body.name, email: body.email },
        answers: {},
      },
      title: 'Intro call',
      ownerName: 'Olivia Owner',
      calendarFile: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    },
  };
}

function renderPage(routes: Record<string, FakeHandler>) {
  const fake = createFakeApi({
    'GET /bookings/public/{token}': () => ({ status: 200, body: buildPublicLink() }),
    'GET /bookings/public/{token}/availability': availability,
    ...routes,
  });
  renderWithProviders(<PublicBookingPage token="tok_123" />, { api: fake.client });
  return { fake, user: userEvent.setup() };
}

async function chooseZone(user: ReturnType<typeof userEvent.setup>, zone: string) {
  const field = await screen.findByLabelText('Your time zone');
  await user.clear(field);
  await user.type(field, zone);
}

async function pickTheSlot(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /: 1 free time$/ }));
  await user.click(within(screen.getByRole('list', { name: /Free times on/ })).getByRole('button'));
}

describe('public booking page', () => {
  it('shows the link, marks days with free times and re-renders the times in another zone', async () => {
    const { fake, user } = renderPage({});
    expect(await screen.findByRole('heading', { level: 1, name: 'Intro call' })).toBeInTheDocument();
    expect(screen.getByText('Olivia Owner')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1 h' })).toBeInTheDocument();

    await chooseZone(user, 'UTC');
    await user.click(await screen.findByRole('button', { name: /: 1 free time$/ }));
    expect(within(screen.getByRole('list', { name: /Free times on/ })).getByRole('button')).toHaveTextContent(
      /09:00|9:00/,
    );

    await chooseZone(user, 'Asia/Tokyo');
    await user.click(await screen.findByRole('button', { name: /: 1 free time$/ }));
    expect(within(screen.getByRole('list', { name: /Free times on/ })).getByRole('button')).toHaveTextContent(
      /18:00|06:00/,
    );
    const last = fake.requests.filter((request) => request.path.endsWith('/availability')).at(-1);
    expect(last?.search.get('timezone')).toBe('Asia/Tokyo');
    expect(last?.search.get('duration')).toBe('30');
  });

  it('enforces required questions before submitting, then books and confirms in the visitor’s zone', async () => {
    const { fake, user } = renderPage({
      'POST /bookings/public/{token}/book': (request) =>
        confirmation(request.body as { email: string; name: string }),
    });
    await chooseZone(user, 'UTC');
    await pickTheSlot(user);

    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));
    expect(screen.getByLabelText(/^Your name/)).toHaveAccessibleDescription('Enter your name.');
    expect(screen.getByLabelText(/^Company/)).toHaveAccessibleDescription('This question needs an answer.');
    expect(fake.requests.some((request) => request.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText(/^Your name/), 'Rita Recipient');
    await user.type(screen.getByLabelText(/^Your email/), 'rita@example.com');
    await user.type(screen.getByLabelText(/^Company/), 'Acme');
    await user.click(screen.getByRole('checkbox', { name: 'Pricing' }));
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByRole('heading', { name: 'You are booked' })).toHaveFocus();
    expect(screen.getByText(/09:00|9:00/, { selector: 'time' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      expect.stringContaining('data:text/calendar'),
    );
    const sent = fake.requests.find((request) => request.method === 'POST');
    expect(sent?.body).toEqual({
      start: slotStart.toISOString(),
      duration: 30,
      name: 'Rita Recipient',
      email: 'rita@example.com',
      timezone: 'UTC',
      answers: { company: 'Acme', topics: ['Pricing'] },
    });
    expect(sent?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('solves the proof-of-work challenge in the background and sends it with the booking', async () => {
    const salt = 'salt-';
    const number = 42;
    const challenge = createHash('sha256').update(`${salt}${number}`).digest('hex');
    const { fake, user } = renderPage({
      'GET /bookings/public/{token}': () => ({
        status: 200,
        body: buildPublicLink({ botProtection: true, questions: [] }),
      }),
      'GET /bookings/public/{token}/challenge': () => ({
        status: 200,
        body: { algorithm: 'SHA-256', challenge, maxnumber: 1000, salt, signature: 'sig' },
      }),
      'POST /bookings/public/{token}/book': (request) =>
        confirmation(request.body as { email: string; name: string }),
    });
    await chooseZone(user, 'UTC');
    await pickTheSlot(user);
    await user.type(screen.getByLabelText(/^Your name/), 'Rita');
    await user.type(screen.getByLabelText(/^Your email/), 'rita@example.com');
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    await screen.findByRole('heading', { name: 'You are booked' });
    const sent = fake.requests.find((request) => request.method === 'POST')?.body as { altcha: string };
    expect(JSON.parse(atob(sent.altcha))).toEqual({
      algorithm: 'SHA-256',
      challenge,
      number,
      salt,
      signature: 'sig',
    });
  });

  it('waits for a proof of work still being solved when the visitor submits', async () => {
    const salt = 'slow-';
    const challenge = createHash('sha256').update(`${salt}7`).digest('hex');
    let release: () => void = () => undefined;
    const challengeServed = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { fake, user } = renderPage({
      'GET /bookings/public/{token}': () => ({
        status: 200,
        body: buildPublicLink({ botProtection: true, questions: [] }),
      }),
      'GET /bookings/public/{token}/challenge': async () => {
        await challengeServed;
        return {
          status: 200,
          body: { algorithm: 'SHA-256', challenge, maxnumber: 100, salt, signature: 's' },
        };
      },
      'POST /bookings/public/{token}/book': (request) =>
        confirmation(request.body as { email: string; name: string }),
    });
    await chooseZone(user, 'UTC');
    await pickTheSlot(user);
    await user.type(screen.getByLabelText(/^Your name/), 'Rita');
    await user.type(screen.getByLabelText(/^Your email/), 'rita@example.com');
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));
    release();

    await screen.findByRole('heading', { name: 'You are booked' });
    const sent = fake.requests.find((request) => request.method === 'POST')?.body as { altcha: string };
    expect(JSON.parse(atob(sent.altcha))).toMatchObject({ number: 7, salt });
  });

  it('says when the slot was just taken and shows fresh times', async () => {
    const { fake, user } = renderPage({
      'GET /bookings/public/{token}': () => ({ status: 200, body: buildPublicLink({ questions: [] }) }),
      'POST /bookings/public/{token}/book': () =>
        problem(409, 'slot_unavailable', 'The slot is no longer free'),
    });
    await chooseZone(user, 'UTC');
    await pickTheSlot(user);
    await user.type(screen.getByLabelText(/^Your name/), 'Rita');
    await user.type(screen.getByLabelText(/^Your email/), 'rita@example.com');
    const before = fake.requests.filter((request) => request.path.endsWith('/availability')).length;
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByText(/that time was just taken/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Pick a time' })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        fake.requests.filter((request) => request.path.endsWith('/availability')).length,
      ).toBeGreaterThan(before),
    );
  });

  it.each([
    ['link_inactive', 410, 'This booking link is turned off'],
    ['link_used', 410, 'This booking link was already used'],
    ['link_expired', 410, 'This booking link has expired'],
    ['link_not_found', 404, 'This booking link does not exist'],
  ])('explains %s in plain words', async (code, status, title) => {
    renderPage({ 'GET /bookings/public/{token}': () => problem(status, code) });
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
  });

  it('says so when no time is free in the weeks shown', async () => {
    renderPage({
      'GET /bookings/public/{token}/availability': () => ({
        status: 200,
        body: { timeZone: 'UTC', duration: 30, days: [] },
      }),
    });
    expect(await screen.findByText('No free times in these weeks')).toBeInTheDocument();
  });
});

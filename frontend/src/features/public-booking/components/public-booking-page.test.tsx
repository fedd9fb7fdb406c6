import { createHash } from 'node:crypto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/app-providers';
import { buildManagedBooking, buildQuestion } from '../../../testing/factories';
import {
  createFakeApi,
  type FakeHandler,
  type FakeResponse,
  type FakeRoutes,
  problem,
} from '../../../testing/fake-api';
import { createTestQueryClient, renderWithProviders } from '../../../testing/render';
import { getPublicLinkQueryOptions, linkAvailabilitySource, type PublicLink } from '../api/public-booking';
import { firstWindowQueryOptions } from '../model/use-booking-window';
import zoneCountries from '../model/zone-countries.generated.json';
import { PublicBookingPage } from './public-booking-page';

function inDays(days: number, hour: number): Date {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

const slotStart = inDays(3, 9);
const slotEnd = new Date(slotStart.getTime() + 30 * 60_000);

// The page opens in the zone the browser reports: the machine's here (CI runs once in Pacific/Chatham).
const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const visitorTime = (hourCycle: 'h12' | 'h23') =>
  new Intl.DateTimeFormat('en-US', {
    hour: hourCycle === 'h12' ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle,
  }).format(slotStart);

function buildPublicLink(overrides: Partial<PublicLink> = {}): PublicLink {
  return {
    kind: 'evergreen',
    title: 'Intro call',
    description: 'A first conversation.',
    ownerName: 'Olivia Owner',
    ownerAvatarUrl: null,
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
const availability: FakeHandler<'GET /bookings/public/{token}/availability'> = (request) => {
  const timeZone = request.search.get('timezone') ?? 'UTC';
  const date = new Intl.DateTimeFormat('en-CA', { timeZone }).format(slotStart);
  return {
    status: 200,
    body: {
      timeZone,
      duration: Number(request.search.get('duration') ?? 30),
      days: [{ date, slots: [{ start: slotStart.toISOString(), end: slotEnd.toISOString() }] }],
    },
  };
};

function confirmation(body: {
  email: string;
  name: string;
}): FakeResponse<'POST /bookings/public/{token}/book'> {
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
      manageUrl: 'http://localhost:3000/public/bookings/manage/mng_abc',
    },
  };
}

function renderPage(routes: FakeRoutes) {
  const fake = createFakeApi({
    'GET /bookings/public/{token}': () => ({ status: 200, body: buildPublicLink() }),
    'GET /bookings/public/{token}/availability': availability,
    ...routes,
  });
  renderWithProviders(<PublicBookingPage token="tok_123" />, { api: fake.client });
  return { fake, user: userEvent.setup() };
}

async function chooseZone(user: ReturnType<typeof userEvent.setup>, search: string, option: RegExp) {
  await user.click(await screen.findByRole('button', { name: /^Time zone/ }));
  await user.type(screen.getByRole('combobox', { name: 'Search time zones' }), search);
  // The zone list is built a slice at a time: a busy machine may need a few seconds for all of it.
  await user.click(await screen.findByRole('option', { name: option }, { timeout: 10_000 }));
}

const freeTimes = () => screen.findByRole('list', { name: /Free times on/ });

async function pickTheSlot(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(await freeTimes()).getByRole('button'));
}

async function fillDetails(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Your name/), 'Rita');
  await user.type(screen.getByLabelText(/^Your email/), 'rita@example.com');
}

// Many typed characters through jsdom: slow on a busy machine, so more time than the default 5 s.
describe('public booking page', { timeout: 20_000 }, () => {
  it('loaded before its first render (as the app does), shows the free times in that render and asks for no more', async () => {
    const fake = createFakeApi({
      'GET /bookings/public/{token}': () => ({ status: 200, body: buildPublicLink() }),
      'GET /bookings/public/{token}/availability': availability,
    });
    const queryClient = createTestQueryClient();
    const link = await queryClient.fetchQuery(getPublicLinkQueryOptions(fake.client, 'tok_123'));
    await queryClient.prefetchQuery(
      firstWindowQueryOptions(linkAvailabilitySource(fake.client, 'tok_123'), {
        defaultDuration: link.defaultDuration,
      }),
    );
    render(
      <AppProviders api={fake.client} queryClient={queryClient}>
        <PublicBookingPage token="tok_123" />
      </AppProviders>,
    );
    expect(screen.getByRole('list', { name: /Free times on/ })).toBeInTheDocument();
    await new Promise((settle) => setTimeout(settle, 50));
    expect(fake.requests.filter((request) => request.path.endsWith('/availability'))).toHaveLength(1);
  });

  beforeEach(() => {
    // The time zone picker fetches its zone -> country table as a static asset.
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) =>
      String(input).includes('zone-countries')
        ? new Response(JSON.stringify(zoneCountries))
        : Promise.reject(new Error(`unexpected request for ${String(input)}`)),
    );
  });

  it('shows the host and the link, opens on the first free day and shows its times in the visitor’s zone', async () => {
    const { fake, user } = renderPage({});
    expect(await screen.findByRole('heading', { level: 1, name: 'Intro call' })).toBeInTheDocument();
    expect(screen.getByText('Olivia Owner')).toBeInTheDocument();
    expect(screen.getByText('OO')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1 h' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Intro call · Olivia Owner'));

    expect(within(await freeTimes()).getByRole('button')).toHaveTextContent(visitorTime('h12'));
    expect(screen.getByRole('button', { name: /1 free time$/ })).toHaveAttribute('aria-pressed', 'true');
    expect(performance.getEntriesByName('bookings:first-slots')).toHaveLength(1);

    await user.click(screen.getByRole('radio', { name: '24h' }));
    expect(within(await freeTimes()).getByRole('button')).toHaveTextContent(visitorTime('h23'));

    await chooseZone(user, 'Tokyo', /^Tokyo, Japan/);
    expect(screen.getByRole('button', { name: /^Time zone/ })).toHaveTextContent('Asia/Tokyo (GMT+9)');
    expect(within(await freeTimes()).getByRole('button')).toHaveTextContent('18:00');
    const last = fake.requests.filter((request) => request.path.endsWith('/availability')).at(-1);
    expect(last?.search.get('timezone')).toBe('Asia/Tokyo');
    expect(last?.search.get('duration')).toBe('30');
  });

  it('finds a zone by city, abbreviation or offset and shows it under its current name', async () => {
    const { user } = renderPage({});
    await screen.findByRole('heading', { level: 1, name: 'Intro call' });
    for (const search of ['Kolkata', 'IST', '+5:30']) {
      await user.click(screen.getByRole('button', { name: /^Time zone/ }));
      await user.type(screen.getByRole('combobox', { name: 'Search time zones' }), search);
      expect(
        await screen.findByRole('option', { name: /^Kolkata, India/ }, { timeout: 10_000 }),
      ).toHaveTextContent('GMT+5:30');
      await user.keyboard('{Escape}');
    }
    await chooseZone(user, 'calcutta', /^Kolkata, India/);
    expect(screen.getByRole('button', { name: /^Time zone/ })).toHaveTextContent('Asia/Kolkata (GMT+5:30)');
  });

  it('enforces required questions before submitting, then books and confirms with calendar links', async () => {
    const { fake, user } = renderPage({
      'POST /bookings/public/{token}/book': (request) =>
        confirmation(request.body as { email: string; name: string }),
    });
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
    expect(document.title).toBe('Booked: Intro call · Olivia Owner');
    const start = document.querySelector(`time[datetime="${slotStart.toISOString()}"]`);
    expect(start).toHaveTextContent(visitorTime('h12'));
    expect(screen.getByRole('link', { name: 'Download .ics' })).toHaveAttribute(
      'href',
      expect.stringContaining('data:text/calendar'),
    );
    expect(screen.getByRole('link', { name: 'Reschedule or cancel' })).toHaveAttribute(
      'href',
      'http://localhost:3000/public/bookings/manage/mng_abc',
    );
    const google = new URL(
      screen.getByRole('link', { name: 'Add to Google Calendar' }).getAttribute('href') ?? '',
    );
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('action')).toBe('TEMPLATE');
    const compact = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace('.000', '');
    expect(google.searchParams.get('dates')).toBe(`${compact(slotStart)}/${compact(slotEnd)}`);
    const outlook = new URL(screen.getByRole('link', { name: 'Add to Outlook' }).getAttribute('href') ?? '');
    expect(outlook.searchParams.get('rru')).toBe('addevent');
    expect(outlook.searchParams.get('startdt')).toBe(slotStart.toISOString());
    const sent = fake.requests.find((request) => request.method === 'POST');
    expect(sent?.body).toEqual({
      start: slotStart.toISOString(),
      duration: 30,
      name: 'Rita Recipient',
      email: 'rita@example.com',
      timezone: visitorZone,
      answers: { company: 'Acme', topics: ['Pricing'] },
    });
    expect(sent?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the video-call link on the confirmation once the meeting’s calendar event has one', async () => {
    let asked = 0;
    const { fake, user } = renderPage({
      'POST /bookings/public/{token}/book': (request) =>
        confirmation(request.body as { email: string; name: string }),
      // The event (and its join link) is made just after the booking: not there on the first ask.
      'GET /bookings/public/manage/{token}': () => {
        asked += 1;
        return {
          status: 200,
          body: buildManagedBooking({ joinUrl: asked > 1 ? 'https://meet.example.com/abc-defg-hij' : null }),
        };
      },
    });
    await pickTheSlot(user);
    await fillDetails(user);
    await user.type(screen.getByLabelText(/^Company/), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByRole('link', { name: 'Join the video call' })).toHaveAttribute(
      'href',
      'https://meet.example.com/abc-defg-hij',
    );
    const asks = fake.requests.filter((request) => request.path.startsWith('/bookings/public/manage/'));
    expect(asks.map((request) => request.path)).toContain('/bookings/public/manage/mng_abc');
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
    await pickTheSlot(user);
    await fillDetails(user);
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
    await pickTheSlot(user);
    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));
    release();

    await screen.findByRole('heading', { name: 'You are booked' });
    const sent = fake.requests.find((request) => request.method === 'POST')?.body as { altcha: string };
    expect(JSON.parse(atob(sent.altcha))).toMatchObject({ number: 7, salt });
  });

  it('keeps what was typed through "Change time" and a slot lost to someone else', async () => {
    const { fake, user } = renderPage({
      'GET /bookings/public/{token}': () => ({ status: 200, body: buildPublicLink({ questions: [] }) }),
      'POST /bookings/public/{token}/book': () =>
        problem(409, 'slot_unavailable', 'The slot is no longer free'),
    });
    await pickTheSlot(user);
    // Choosing a time takes focus to the first detail to type.
    expect(screen.getByLabelText(/^Your name/)).toHaveFocus();
    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Change time' }));
    expect(screen.queryByLabelText(/^Your name/)).not.toBeInTheDocument();
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: /Free times on/ })).getByRole('button')).toHaveFocus(),
    );
    await pickTheSlot(user);
    expect(screen.getByLabelText(/^Your name/)).toHaveValue('Rita');

    const before = fake.requests.filter((request) => request.path.endsWith('/availability')).length;
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));
    expect(await screen.findByText(/that time was just taken/)).toBeInTheDocument();
    await waitFor(() =>
      expect(
        fake.requests.filter((request) => request.path.endsWith('/availability')).length,
      ).toBeGreaterThan(before),
    );
    await pickTheSlot(user);
    expect(screen.getByLabelText(/^Your name/)).toHaveValue('Rita');
    expect(screen.getByLabelText(/^Your email/)).toHaveValue('rita@example.com');
  });

  it('keeps the description’s line breaks and turns only web addresses into safe links', async () => {
    renderPage({
      'GET /bookings/public/{token}': () => ({
        status: 200,
        body: buildPublicLink({
          description: 'Agenda:\nhttps://example.com/agenda. Also javascript:alert(1)',
          ownerAvatarUrl: 'http://localhost:3000/bookings/public/avatars/abc',
        }),
      }),
    });
    const link = await screen.findByRole('link', { name: 'https://example.com/agenda' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(document.querySelector('img.avatar')).toHaveAttribute(
      'src',
      'http://localhost:3000/bookings/public/avatars/abc',
    );
  });

  it.each([
    ['link_inactive', 410, 'This booking link is turned off'],
    ['link_used', 410, 'This booking link was already used'],
    ['link_expired', 410, 'This booking link has expired'],
    ['link_not_found', 404, 'This booking link does not exist'],
  ] as const)('explains %s in plain words', async (code, status, title) => {
    renderPage({ 'GET /bookings/public/{token}': () => problem(status, code) });
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(document.title).toBe(title);
  });

  it('says so when the month shown has no free time', async () => {
    renderPage({
      'GET /bookings/public/{token}/availability': () => ({
        status: 200,
        body: { timeZone: 'UTC', duration: 30, days: [] },
      }),
    });
    expect(await screen.findByText(/^No free times in/)).toBeInTheDocument();
  });
});

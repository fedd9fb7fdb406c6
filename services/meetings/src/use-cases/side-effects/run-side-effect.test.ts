import type { EmailMessage } from '@bookings/email';
import { type NewEvent, OfficeError, type OfficePort } from '@bookings/office';
import { describe, expect, it } from 'vitest';
import { holdFirstSend, memoryEmail } from '../../../test/fakes/email';
import { memorySideEffectRow } from '../../../test/fakes/side-effects';
import type { CalendarConnection } from '../../ports/calendar-connections';
import type { SideEffectBooking, SideEffectKind } from '../../ports/side-effects';
import { makeRunSideEffect } from './run-side-effect';

const BOOKED_AT = new Date('2030-03-01T12:00:00Z');
const MEET_URL = 'https://meet.example/abc-defg-hij';

function bookingContext(overrides: Partial<SideEffectBooking['booking']> = {}): SideEffectBooking {
  return {
    booking: {
      id: 'b0000000-0000-4000-8000-000000000001',
      ownerId: 'owner-1',
      status: 'confirmed',
      startsAt: new Date('2030-03-04T09:00:00Z'),
      endsAt: new Date('2030-03-04T09:30:00Z'),
      recipientName: 'Ada Lovelace',
      recipientEmail: 'ada@example.com',
      recipientTimeZone: 'Europe/London',
      answers: {},
      calendarEventId: null,
      conferenceUrl: null,
      icsSequence: 0,
      createdAt: BOOKED_AT,
      cancelReason: null,
      cancelledBy: null,
      manageToken: 'tok123',
      ...overrides,
    },
    owner: { email: 'ann@example.com', name: 'Ann', timeZone: 'Europe/Berlin' },
    link: { title: 'Intro call', description: '', timeZone: 'Europe/Berlin', videoCall: true },
    template: null,
  };
}

/** Typed in-memory stand-ins for every port the runner uses. */
function setUp(options: {
  context?: SideEffectBooking;
  kind?: SideEffectKind;
  revision?: number;
  minutesSinceBooking?: number;
  hasCalendar?: boolean;
  createEvent?: (event: NewEvent) => Promise<{ eventId: string; conferenceUrl?: string }>;
  send?: (message: EmailMessage) => Promise<void>;
  claimLeaseMs?: number;
}) {
  const context = options.context ?? bookingContext();
  const { row, sideEffects, claim, lapseClaim } = memorySideEffectRow({
    id: 'row-1',
    bookingId: context.booking.id,
    kind: options.kind ?? 'send_confirmations',
    revision: options.revision ?? 0,
    status: 'pending',
    attempts: 0,
    runAfter: BOOKED_AT,
    lastError: null,
  });
  const email = memoryEmail(options.send);
  const { sent } = email;
  const office = {
    createEvent: async (_calendarId: string, event: NewEvent) =>
      (options.createEvent ?? (async () => ({ eventId: 'evt-1', conferenceUrl: MEET_URL })))(event),
  } as Pick<OfficePort, 'createEvent'> as OfficePort;
  const receiver = { id: 'conn-1', provider: 'google', eventCalendarId: 'primary' } as CalendarConnection;
  const run = makeRunSideEffect({
    sideEffects,
    bookings: {
      load: async () => context,
      setCalendarEvent: async (_id, event) => {
        context.booking.calendarEventId = event.eventId;
        context.booking.conferenceUrl = event.conferenceUrl;
      },
    },
    connections: { findEventReceiver: async () => (options.hasCalendar === false ? null : receiver) },
    officeFor: async () => office,
    email,
    clock: { now: () => new Date(BOOKED_AT.getTime() + (options.minutesSinceBooking ?? 1) * 60_000) },
    publicBaseUrl: 'https://bookings.example',
    mailDomain: 'bookings.example',
    maxAttempts: 5,
    claimLeaseMs: options.claimLeaseMs ?? 600_000,
  });
  return { run: () => run(row.id), row, sent, context, sideEffects, claim, lapseClaim };
}

const smtpError = (responseCode: number) =>
  Object.assign(new Error(`Can't send mail: ${responseCode} refused`), { code: 'EENVELOPE', responseCode });

describe('runSideEffect: email failures', () => {
  it('a 550 is dead at once, with its reason', async () => {
    const { run, row, sent } = setUp({
      hasCalendar: false,
      send: async () => Promise.reject(smtpError(550)),
    });
    expect(await run()).toBe('dead');
    expect(row).toMatchObject({ status: 'dead', attempts: 1 });
    expect(row.lastError).toContain('550');
    expect(sent).toEqual([]);
  });

  it('a 451 is retried and counted', async () => {
    const { run, row } = setUp({ hasCalendar: false, send: async () => Promise.reject(smtpError(451)) });
    expect(await run()).toBe('retry');
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('gives the attendee their manage link, and never the owner', async () => {
    const { run, sent } = setUp({ hasCalendar: false });
    expect(await run()).toBe('done');
    const manageUrl = 'https://bookings.example/public/bookings/manage/tok123';
    expect(sent[0]?.to.email).toBe('ada@example.com');
    expect(sent[0]?.text).toContain(manageUrl);
    expect(sent[0]?.invite?.content).toContain('manage/tok123');
    expect(sent[1]?.to.email).toBe('ann@example.com');
    expect(sent[1]?.text).not.toContain('tok123');
    expect(sent[1]?.invite?.content).not.toContain('tok123');
  });

  it('gives each message a Message-ID of its row and recipient', async () => {
    const { run, sent } = setUp({ hasCalendar: false });
    expect(await run()).toBe('done');
    expect(sent.map((message) => message.messageId)).toEqual([
      '<row-1.recipient@bookings.example>',
      '<row-1.owner@bookings.example>',
    ]);
  });
});

describe('runSideEffect: the invitation and the join URL', () => {
  it('creates the event first (no attendees) and puts its join URL in the invitation', async () => {
    const created: NewEvent[] = [];
    const { run, sent, context } = setUp({
      createEvent: async (event) => {
        created.push(event);
        return { eventId: 'evt-1', conferenceUrl: MEET_URL };
      },
    });
    expect(await run()).toBe('done');
    expect(created).toEqual([expect.objectContaining({ attendees: [], withConference: true })]);
    expect(context.booking.conferenceUrl).toBe(MEET_URL);
    expect(sent[0]?.text).toContain(`Join: ${MEET_URL}`);
    expect(sent[0]?.invite?.content).toContain(MEET_URL);
  });

  it('waits for a provider that is down, for a while', async () => {
    const unavailable = new OfficeError('provider_unavailable', 'Google is down');
    const { run, row, sent } = setUp({
      createEvent: async () => Promise.reject(unavailable),
      minutesSinceBooking: 5,
    });
    expect(await run()).toBe('retry');
    expect(row.attempts).toBe(1);
    expect(sent).toEqual([]);
  });

  it('sends without the join URL once it has waited long enough, or at once when the provider refuses', async () => {
    for (const [error, minutes] of [
      [new OfficeError('provider_unavailable', 'Google is down'), 16],
      [new OfficeError('needs_reconnect', 'invalid_grant'), 1],
    ] as const) {
      const { run, sent } = setUp({
        createEvent: async () => Promise.reject(error),
        minutesSinceBooking: minutes,
      });
      expect(await run()).toBe('done');
      expect(sent).toHaveLength(2);
      expect(sent[0]?.text).not.toContain('Join:');
    }
  });
});

describe('runSideEffect: changes', () => {
  it('sends nothing for a change a later one overtook', async () => {
    const { run, sent } = setUp({
      kind: 'send_change_notices',
      revision: 1,
      context: bookingContext({ icsSequence: 2 }),
    });
    expect(await run()).toBe('done');
    expect(sent).toEqual([]);
  });

  it('a cancelled booking gets its CANCEL and nothing else: no confirmation, no follow-up', async () => {
    const cancelled = () => bookingContext({ status: 'cancelled', icsSequence: 1, cancelledBy: 'owner' });
    for (const kind of ['send_confirmations', 'send_follow_up', 'create_event'] as const) {
      const { run, sent } = setUp({ kind, context: cancelled() });
      expect(await run()).toBe('done');
      expect(sent).toEqual([]);
    }
    const { run, sent } = setUp({ kind: 'send_change_notices', revision: 1, context: cancelled() });
    expect(await run()).toBe('done');
    expect(sent.map((message) => message.invite?.method)).toEqual(['CANCEL', undefined]);
    expect(sent[0]?.invite?.content).toContain('SEQUENCE:1');
  });
});

describe('runSideEffect: overlapping runs of one job', () => {
  it('a second run while the first still sends performs nothing, and the job looks again later', async () => {
    const held = holdFirstSend();
    const { run, row, sent } = setUp({ hasCalendar: false, send: held.send });
    const first = run();
    await held.hasStarted;

    expect(await run()).toBe('busy');
    held.release();
    expect(await first).toBe('done');

    expect(sent.map((message) => message.to.email)).toEqual(['ada@example.com', 'ann@example.com']);
    expect(row).toMatchObject({ status: 'done', attempts: 1 });
    // The job's next look finds the row settled and ends it.
    expect(await run()).toBe('skipped');
    expect(sent).toHaveLength(2);
  });

  it('a claim left by a run that died is taken over once it lapses, and the effect runs once', async () => {
    const { run, row, sent, sideEffects, lapseClaim } = setUp({ hasCalendar: false });
    // A run claimed the row, then its process died before sending anything.
    expect(await sideEffects.claim(row.id, 600_000)).toMatchObject({ token: expect.any(String) });

    expect(await run()).toBe('busy');
    expect(sent).toEqual([]);
    lapseClaim();
    expect(await run()).toBe('done');
    expect(await run()).toBe('skipped');

    expect(sent).toHaveLength(2);
    expect(row).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('a failed run lets go of the row at once: the retry performs it', async () => {
    let refusals = 1;
    const { run, row, sent } = setUp({
      hasCalendar: false,
      send: async () => {
        if (refusals-- > 0) throw smtpError(451);
      },
    });
    expect(await run()).toBe('retry');
    expect(await run()).toBe('done');
    expect(sent).toHaveLength(2);
    expect(row).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a run that lost its lapsed claim counts no failure and leaves the row to its new holder', async () => {
    const held = holdFirstSend();
    let isRefused = true;
    const { run, row, sent, lapseClaim } = setUp({
      hasCalendar: false,
      send: async (message) => {
        await held.send();
        if (isRefused && message.to.email === 'ada@example.com') throw smtpError(451);
      },
    });
    const frozen = run();
    await held.hasStarted;
    // The first run froze past its lease: a second run takes over and sends.
    lapseClaim();
    isRefused = false;
    const takeover = run();
    expect(await takeover).toBe('done');
    isRefused = true;
    held.release();

    expect(await frozen).toBe('busy');
    expect(row).toMatchObject({ status: 'done', attempts: 1, lastError: null });
    expect(sent).toHaveLength(2);
  });

  it('renews its claim while a slow send lasts', async () => {
    const held = holdFirstSend();
    const { run, claim } = setUp({ hasCalendar: false, send: held.send, claimLeaseMs: 40 });
    const running = run();
    await held.hasStarted;
    await new Promise((resolve) => setTimeout(resolve, 100));
    held.release();
    expect(await running).toBe('done');
    expect(claim.renewals).toBeGreaterThanOrEqual(2);
    const renewalsWhenDone = claim.renewals;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(claim.renewals).toBe(renewalsWhenDone);
  });
});

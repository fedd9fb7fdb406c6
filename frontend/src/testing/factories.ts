import type { Schemas } from '@bookings/api-client';

export function buildOwner(overrides: Partial<Schemas['Owner']> = {}): Schemas['Owner'] {
  return {
    id: '6f1c2d3e-4b5a-4c6d-8e7f-901234567890',
    email: 'owner@example.com',
    name: 'Olivia Owner',
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

export function buildProfile(overrides: Partial<Schemas['Profile']> = {}): Schemas['Profile'] {
  return { ...buildOwner(), locale: null, avatarUrl: null, ...overrides };
}

export function buildSession(overrides: Partial<Schemas['Session']> = {}): Schemas['Session'] {
  return {
    accessToken: 'test-access-token',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    owner: buildOwner(),
    ...overrides,
  };
}

let sequence = 0;
function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export function buildLinkSettings(overrides: Partial<Schemas['LinkSettings']> = {}): Schemas['LinkSettings'] {
  const workday = [{ start: '09:00', end: '17:00' }];
  return {
    timeZone: 'Europe/Berlin',
    weeklyHours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] },
    excludedDates: [],
    dateOverrides: [],
    durations: [30],
    defaultDuration: 30,
    videoCall: false,
    slotStepMinutes: null,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    maxPerDay: null,
    maxPerWeek: null,
    minNoticeMinutes: 240,
    minAdvanceDays: 0,
    maxAdvanceDays: 60,
    ...overrides,
  };
}

export function buildLink(overrides: Partial<Schemas['Link']> = {}): Schemas['Link'] {
  const id = overrides.id ?? nextId();
  return {
    id,
    title: 'Intro call',
    description: '',
    templateId: null,
    isActive: true,
    token: `token-${id.slice(-6)}`,
    url: `http://localhost:3000/public/bookings/token-${id.slice(-6)}`,
    settings: buildLinkSettings(),
    minChangeNoticeMinutes: 1440,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

export function buildQuestion(overrides: Partial<Schemas['Question']> = {}): Schemas['Question'] {
  return { id: 'company', label: 'Company', kind: 'text', required: false, ...overrides };
}

export function buildTemplate(overrides: Partial<Schemas['Template']> = {}): Schemas['Template'] {
  return {
    id: nextId(),
    name: 'Sales call',
    description: '',
    questions: [buildQuestion()],
    emailFollowupEnabled: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

export function buildOneTimeLink(overrides: Partial<Schemas['OneTimeLink']> = {}): Schemas['OneTimeLink'] {
  const id = nextId();
  return {
    id,
    linkId: nextId(),
    recipientEmail: 'dana@example.com',
    recipientName: 'Dana',
    status: 'active',
    expiresAt: '2026-12-08T09:00:00.000Z',
    pickedSlots: null,
    bookingId: null,
    createdAt: '2026-12-01T09:00:00.000Z',
    url: `https://bookings.example.com/public/bookings/one-time-${id}`,
    ...overrides,
  };
}

export function buildBooking(overrides: Partial<Schemas['Booking']> = {}): Schemas['Booking'] {
  return {
    id: nextId(),
    linkId: nextId(),
    linkTitle: 'Intro call',
    oneTimeLinkId: null,
    status: 'confirmed',
    start: '2026-12-01T09:00:00.000Z',
    end: '2026-12-01T09:30:00.000Z',
    recipient: { name: 'Dana Recipient', email: 'dana@example.com', timeZone: 'America/New_York' },
    answers: {},
    calendarEventId: null,
    joinUrl: null,
    createdAt: '2026-11-20T14:02:11.000Z',
    cancelledAt: null,
    cancelReason: null,
    cancelledBy: null,
    rescheduledAt: null,
    ...overrides,
  };
}

export function page<Item>(items: Item[], nextCursor: string | null = null) {
  return { items, nextCursor };
}

type ManagedBooking = Schemas['ManagedBooking'];

/** The attendee's view through a manage link: a 30-minute meeting a week ahead, changeable for six more days. */
export function buildManagedBooking(
  booking: Partial<ManagedBooking['booking']> = {},
  overrides: Partial<Omit<ManagedBooking, 'booking'>> = {},
): ManagedBooking {
  const start = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 7 * 86_400_000);
  return {
    booking: {
      id: nextId(),
      status: 'confirmed',
      start: start.toISOString(),
      end: new Date(start.getTime() + 30 * 60_000).toISOString(),
      duration: 30,
      timeZone: 'Europe/Berlin',
      recipient: { name: 'Dana Recipient', email: 'dana@example.com' },
      joinUrl: null,
      cancelledAt: null,
      cancelledBy: null,
      cancelReason: null,
      rescheduledAt: null,
      ...booking,
    },
    title: 'Intro call',
    description: '',
    ownerName: 'Olivia Owner',
    ownerAvatarUrl: null,
    linkTimeZone: 'Europe/Berlin',
    durations: [30],
    changeableUntil: new Date(start.getTime() - 86_400_000).toISOString(),
    canCancel: true,
    canReschedule: true,
    botProtection: false,
    ...overrides,
  };
}

export function buildWebhook(overrides: Partial<Schemas['Webhook']> = {}): Schemas['Webhook'] {
  return {
    id: nextId(),
    url: 'https://crm.example.com/hooks/bookings',
    description: '',
    events: null,
    enabled: true,
    disabledReason: null,
    previousSecretExpiresAt: null,
    failingSince: null,
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    ...overrides,
  };
}

export function buildWebhookDelivery(
  overrides: Partial<Schemas['WebhookDelivery']> = {},
): Schemas['WebhookDelivery'] {
  const id = overrides.id ?? nextId();
  return {
    id,
    messageId: `msg_${id.replaceAll('-', '')}`,
    event: 'booking.created',
    status: 'delivered',
    attempts: 1,
    lastStatus: 200,
    lastError: null,
    lastResponseBody: 'ok',
    lastAttemptAt: '2026-12-01T09:00:01.000Z',
    nextAttemptAt: null,
    deliveredAt: '2026-12-01T09:00:01.000Z',
    createdAt: '2026-12-01T09:00:00.000Z',
    ...overrides,
  };
}

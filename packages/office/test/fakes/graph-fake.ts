import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { type BodyShape, findUnknownField } from './body-shape';
import type { FakeRequest, FakeResponse } from './http-kit';
import { closeServer, FakeHttpService, listenOnLoopback } from './http-kit';
import type { TokenFake } from './token-fake';

export interface GraphFakeEvent {
  id: string;
  calendarId: string;
  transactionId?: string;
  subject?: string;
  body?: { contentType: string; content: string };
  start: Date;
  end: Date;
  attendees?: { emailAddress: { address: string; name?: string }; type?: string }[];
  showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';
  isCancelled: boolean;
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: string;
  onlineMeeting?: { joinUrl: string } | null;
  webLink: string;
}

export interface GraphFakeCalendar {
  id: string;
  name: string;
  isDefaultCalendar: boolean;
  canEdit: boolean;
}

export interface GraphFakeContact {
  id: string;
  displayName?: string;
  emailAddresses: { address: string; name?: string }[];
}

const ERROR_CODES: Record<number, string> = {
  400: 'ErrorInvalidRequest',
  401: 'InvalidAuthenticationToken',
  403: 'ErrorAccessDenied',
  404: 'ErrorItemNotFound',
  429: 'TooManyRequests',
  500: 'generalException',
  503: 'ServiceNotAvailable',
};

/** Graph's error envelope: {error:{code,message,innerError:{date,request-id,client-request-id}}}. */
export function graphErrorBody(status: number, message?: string, code?: string) {
  const requestId = randomUUID();
  return {
    error: {
      code: code ?? ERROR_CODES[status] ?? 'UnknownError',
      message: message ?? `Fake Graph error ${status}`,
      innerError: { date: new Date().toISOString(), 'request-id': requestId, 'client-request-id': requestId },
    },
  };
}

function graphError(status: number, message?: string, code?: string): FakeResponse {
  return { status, body: graphErrorBody(status, message, code) };
}

const DATE_TIME_TIME_ZONE: BodyShape = { dateTime: true, timeZone: true };

/** The writable properties of Graph's event type that a create or update may carry. */
const EVENT_PROPERTIES: BodyShape = {
  subject: true,
  body: { contentType: true, content: true },
  start: DATE_TIME_TIME_ZONE,
  end: DATE_TIME_TIME_ZONE,
  attendees: [{ emailAddress: { address: true, name: true }, type: true }],
  location: { displayName: true },
  isOnlineMeeting: true,
  onlineMeetingProvider: true,
  transactionId: true,
  showAs: true,
  importance: true,
  sensitivity: true,
  isAllDay: true,
  isReminderOn: true,
  reminderMinutesBeforeStart: true,
  responseRequested: true,
  allowNewTimeProposals: true,
  categories: true,
};

/** The writable properties of Graph's contact type that the adapter could send. */
const CONTACT_PROPERTIES: BodyShape = {
  displayName: true,
  givenName: true,
  surname: true,
  emailAddresses: [{ address: true, name: true }],
  businessPhones: true,
  mobilePhone: true,
  companyName: true,
};

/** Graph's answer to a property its type does not define (OData refuses the whole body). */
function unknownPropertyError(property: string, type: string): FakeResponse {
  return graphError(
    400,
    `The property '${property}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
    'RequestBodyRead',
  );
}

/** Graph's answer to an event whose end is not after its start. */
function invalidTimeRange(): FakeResponse {
  return graphError(400, 'At least one property failed validation.', 'ErrorPropertyValidationFailure');
}

const DEFAULT_ACCOUNT = { mail: 'ann@contoso.example', userPrincipalName: 'ann@contoso.example' };

/** Offset-less wall time as Graph writes it: 2030-03-04T09:00:00.0000000. */
function toWallTime(date: Date, ianaZone: string): string {
  if (ianaZone === 'UTC') return `${date.toISOString().slice(0, 19)}.0000000`;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ianaZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const field = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${field('year')}-${field('month')}-${field('day')}T${field('hour')}:${field('minute')}:${field('second')}.0000000`;
}

/**
 * Microsoft Graph v1.0 over HTTPS (self-signed; trusted through NODE_EXTRA_CA_CERTS), keeping state.
 * Route names (for faults): me.get, calendars.list, calendarView, events.create, events.get, events.update,
 * events.cancel, events.delete, contacts.list, contacts.create.
 */
export class GraphFake {
  readonly service: FakeHttpService;
  readonly calendars = new Map<string, GraphFakeCalendar>();
  readonly events = new Map<string, GraphFakeEvent>();
  readonly contacts: GraphFakeContact[] = [];
  pageSize = 2;
  /** The mailbox zone Graph falls back to when a request carries no Prefer: outlook.timezone. */
  mailboxTimeZone = { windows: 'W. Europe Standard Time', iana: 'Europe/Berlin' };
  /** Some Graph endpoints ignore the Prefer header; switch this off to reproduce that. */
  honoursPreferTimeZone = true;
  /** The signed-in user `/me` describes; a mailbox-less account has `mail: null`. */
  account: { mail: string | null; userPrincipalName: string } = { ...DEFAULT_ACCOUNT };
  private readonly server;
  private port = 0;

  private constructor(tokens: TokenFake, tls: { cert: string; key: string }) {
    const calendarRoutes = (prefix: string, id: (r: FakeRequest) => string | undefined) => [
      {
        name: 'calendarView',
        method: 'GET',
        path: `${prefix}/calendarView`,
        handle: (r: FakeRequest) => this.calendarView(r, id(r)),
      },
      {
        name: 'events.create',
        method: 'POST',
        path: `${prefix}/events`,
        handle: (r: FakeRequest) => this.createEvent(r, id(r)),
      },
    ];
    this.service = new FakeHttpService({
      errorBody: (status) => graphErrorBody(status),
      isAuthorized: (authorization) => tokens.isValidAccessToken(authorization),
      routes: [
        {
          name: 'me.get',
          method: 'GET',
          path: '/v1.0/me',
          handle: () => ({ status: 200, body: { id: 'fake-user-id', ...this.account } }),
        },
        {
          name: 'calendars.list',
          method: 'GET',
          path: '/v1.0/me/calendars',
          handle: (r) => this.listCalendars(r),
        },
        ...calendarRoutes('/v1.0/me/calendars/:calendarId', (r) => r.params.calendarId),
        ...calendarRoutes('/v1.0/me/calendar', () => this.defaultCalendar()?.id),
        {
          name: 'events.get',
          method: 'GET',
          path: '/v1.0/me/events/:eventId',
          handle: (r) => this.getEvent(r),
        },
        {
          name: 'events.update',
          method: 'PATCH',
          path: '/v1.0/me/events/:eventId',
          handle: (r) => this.updateEvent(r),
        },
        {
          name: 'events.cancel',
          method: 'POST',
          path: '/v1.0/me/events/:eventId/cancel',
          handle: (r) => this.removeEvent(r, 202),
        },
        {
          name: 'events.delete',
          method: 'DELETE',
          path: '/v1.0/me/events/:eventId',
          handle: (r) => this.removeEvent(r, 204),
        },
        {
          name: 'contacts.list',
          method: 'GET',
          path: '/v1.0/me/contacts',
          handle: (r) => this.listContacts(r),
        },
        {
          name: 'contacts.create',
          method: 'POST',
          path: '/v1.0/me/contacts',
          handle: (r) => this.createContact(r),
        },
      ],
    });
    this.server = createServer({ cert: tls.cert, key: tls.key }, this.service.listener);
  }

  /** Uses the certificate made by tls-global-setup unless one is given. */
  static async start(tokens: TokenFake, tls?: { cert: string; key: string }): Promise<GraphFake> {
    const certPath = process.env.OFFICE_FAKE_TLS_CERT;
    const keyPath = process.env.OFFICE_FAKE_TLS_KEY;
    if (!tls && (!certPath || !keyPath)) {
      throw new Error('GraphFake needs TLS: add test/fakes/tls-global-setup.ts as a vitest globalSetup');
    }
    const material = tls ?? { cert: readFileSync(certPath ?? ''), key: readFileSync(keyPath ?? '') };
    const fake = new GraphFake(tokens, { cert: material.cert.toString(), key: material.key.toString() });
    fake.port = await listenOnLoopback(fake.server);
    return fake;
  }

  get origin(): string {
    return `https://127.0.0.1:${this.port}`;
  }

  /** apiBaseUrl for createMicrosoftOffice. */
  get apiBaseUrl(): string {
    return `${this.origin}/v1.0`;
  }

  addCalendar(c: {
    id?: string;
    name: string;
    isDefaultCalendar?: boolean;
    canEdit?: boolean;
  }): GraphFakeCalendar {
    const calendar: GraphFakeCalendar = {
      id: c.id ?? `AAMkAD${randomBytes(12).toString('base64url')}=`,
      name: c.name,
      isDefaultCalendar: c.isDefaultCalendar ?? false,
      canEdit: c.canEdit ?? true,
    };
    this.calendars.set(calendar.id, calendar);
    return calendar;
  }

  addEvent(
    calendarId: string,
    e: { start: Date; end: Date; subject?: string; showAs?: GraphFakeEvent['showAs']; isCancelled?: boolean },
  ) {
    const id = `AAMkAGEv${randomBytes(12).toString('base64url')}`;
    const event: GraphFakeEvent = {
      id,
      calendarId,
      subject: e.subject,
      start: e.start,
      end: e.end,
      showAs: e.showAs ?? 'busy',
      isCancelled: e.isCancelled ?? false,
      webLink: `https://outlook.office365.com/owa/?itemid=${id}`,
    };
    this.events.set(id, event);
    return event;
  }

  addContact(contact: { email: string; name?: string }): GraphFakeContact {
    const stored: GraphFakeContact = {
      id: `AAMkAGCo${randomBytes(8).toString('base64url')}`,
      displayName: contact.name,
      emailAddresses: [{ address: contact.email, name: contact.name }],
    };
    this.contacts.push(stored);
    return stored;
  }

  /** Back to an empty mailbox with default behaviour: no calendars, events, contacts, faults or recorded requests. */
  reset(): void {
    this.calendars.clear();
    this.events.clear();
    this.contacts.length = 0;
    this.honoursPreferTimeZone = true;
    this.account = { ...DEFAULT_ACCOUNT };
    this.service.faults.clear();
    this.service.clearLog();
  }

  async close(): Promise<void> {
    await closeServer(this.server);
  }

  private defaultCalendar(): GraphFakeCalendar | undefined {
    return [...this.calendars.values()].find((c) => c.isDefaultCalendar);
  }

  private page<T>(r: FakeRequest, items: T[], context: string): FakeResponse {
    const skip = Number(r.query.get('$skip') ?? '0');
    const top = Math.min(Number(r.query.get('$top') ?? '10'), this.pageSize);
    const value = items.slice(skip, skip + top);
    const body: Record<string, unknown> = {
      '@odata.context': `${this.apiBaseUrl}/$metadata#${context}`,
      value,
    };
    if (skip + top < items.length) {
      const next = new URL(`${this.origin}${r.path}`);
      for (const [key, val] of r.query) if (key !== '$skip') next.searchParams.set(key, val);
      next.searchParams.set('$skip', String(skip + top));
      body['@odata.nextLink'] = next.toString();
    }
    return { status: 200, body };
  }

  private listCalendars(r: FakeRequest): FakeResponse {
    return this.page(r, [...this.calendars.values()], 'users/me/calendars');
  }

  private calendarView(r: FakeRequest, calendarId: string | undefined): FakeResponse {
    if (!calendarId || !this.calendars.has(calendarId))
      return graphError(404, 'The specified object was not found in the store.');
    const start = Date.parse(r.query.get('startDateTime') ?? '');
    const end = Date.parse(r.query.get('endDateTime') ?? '');
    if (Number.isNaN(start) || Number.isNaN(end)) {
      return graphError(
        400,
        'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
        'ErrorInvalidParameter',
      );
    }
    const prefersUtc =
      this.honoursPreferTimeZone && /outlook\.timezone="UTC"/.test(String(r.headers.prefer ?? ''));
    const zone = prefersUtc ? { windows: 'UTC', iana: 'UTC' } : this.mailboxTimeZone;
    const events = [...this.events.values()]
      .filter((e) => e.calendarId === calendarId && e.start.getTime() < end && e.end.getTime() > start)
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map((e) => ({
        id: e.id,
        subject: e.subject,
        showAs: e.showAs,
        isCancelled: e.isCancelled,
        start: { dateTime: toWallTime(e.start, zone.iana), timeZone: zone.windows },
        end: { dateTime: toWallTime(e.end, zone.iana), timeZone: zone.windows },
      }));
    return this.page(r, events, 'users/me/calendarView');
  }

  private createEvent(r: FakeRequest, calendarId: string | undefined): FakeResponse {
    if (!calendarId || !this.calendars.has(calendarId))
      return graphError(404, 'The specified object was not found in the store.');
    const unknown = findUnknownField(r.body, EVENT_PROPERTIES);
    if (unknown) return unknownPropertyError(unknown, 'event');
    const input = (r.body ?? {}) as Record<string, unknown> & {
      start?: { dateTime?: string; timeZone?: string };
      end?: { dateTime?: string; timeZone?: string };
    };
    const transactionId = typeof input.transactionId === 'string' ? input.transactionId : undefined;
    const existing = transactionId
      ? [...this.events.values()].find((e) => e.transactionId === transactionId)
      : undefined;
    if (existing) return { status: 201, body: this.toResource(existing) };
    const start = this.readUtc(input.start);
    const end = this.readUtc(input.end);
    if (!start || !end)
      return graphError(400, 'start/end must be dateTime with timeZone UTC', 'ErrorInvalidRequest');
    if (end.getTime() <= start.getTime()) return invalidTimeRange();
    const id = `AAMkAGEv${randomBytes(12).toString('base64url')}`;
    const isOnlineMeeting = input.isOnlineMeeting === true;
    const event: GraphFakeEvent = {
      id,
      calendarId,
      transactionId,
      subject: input.subject as string | undefined,
      body: input.body as GraphFakeEvent['body'],
      start,
      end,
      attendees: input.attendees as GraphFakeEvent['attendees'],
      showAs: 'busy',
      isCancelled: false,
      isOnlineMeeting,
      onlineMeetingProvider: input.onlineMeetingProvider as string | undefined,
      onlineMeeting: isOnlineMeeting
        ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/${randomBytes(6).toString('hex')}` }
        : null,
      webLink: `https://outlook.office365.com/owa/?itemid=${id}`,
    };
    this.events.set(id, event);
    return { status: 201, body: this.toResource(event) };
  }

  private readUtc(value: { dateTime?: string; timeZone?: string } | undefined): Date | undefined {
    if (!value?.dateTime || value.timeZone !== 'UTC') return undefined;
    const date = new Date(`${value.dateTime.replace(/Z$/, '')}Z`);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }

  private getEvent(r: FakeRequest): FakeResponse {
    const event = this.events.get(r.params.eventId ?? '');
    if (!event) return graphError(404, 'The specified object was not found in the store.');
    return { status: 200, body: this.toResource(event) };
  }

  private updateEvent(r: FakeRequest): FakeResponse {
    const event = this.events.get(r.params.eventId ?? '');
    if (!event) return graphError(404, 'The specified object was not found in the store.');
    const unknown = findUnknownField(r.body, EVENT_PROPERTIES);
    if (unknown) return unknownPropertyError(unknown, 'event');
    const patch = (r.body ?? {}) as Record<string, unknown> & {
      start?: { dateTime?: string; timeZone?: string };
      end?: { dateTime?: string; timeZone?: string };
    };
    const start = patch.start ? this.readUtc(patch.start) : event.start;
    const end = patch.end ? this.readUtc(patch.end) : event.end;
    if (!start || !end)
      return graphError(400, 'start/end must be dateTime with timeZone UTC', 'ErrorInvalidRequest');
    if (end.getTime() <= start.getTime()) return invalidTimeRange();
    event.start = start;
    event.end = end;
    if (typeof patch.subject === 'string') event.subject = patch.subject;
    if (patch.body) event.body = patch.body as GraphFakeEvent['body'];
    if (patch.attendees) event.attendees = patch.attendees as GraphFakeEvent['attendees'];
    return { status: 200, body: this.toResource(event) };
  }

  private removeEvent(r: FakeRequest, status: number): FakeResponse {
    const id = r.params.eventId ?? '';
    if (!this.events.has(id)) return graphError(404, 'The specified object was not found in the store.');
    this.events.delete(id);
    return { status };
  }

  private listContacts(r: FakeRequest): FakeResponse {
    const filter = r.query.get('$filter');
    let matches: GraphFakeContact[] = this.contacts;
    if (filter) {
      const predicate = parseContactFilter(filter);
      if (!predicate)
        return graphError(400, `Invalid filter clause: ${filter}`, 'ErrorInvalidUrlQueryFilter');
      matches = this.contacts.filter(predicate);
    }
    return this.page(r, matches, 'users/me/contacts');
  }

  private createContact(r: FakeRequest): FakeResponse {
    const unknown = findUnknownField(r.body, CONTACT_PROPERTIES);
    if (unknown) return unknownPropertyError(unknown, 'contact');
    const input = (r.body ?? {}) as {
      displayName?: string;
      emailAddresses?: { address: string; name?: string }[];
    };
    const contact: GraphFakeContact = {
      id: `AAMkAGCo${randomBytes(8).toString('base64url')}`,
      displayName: input.displayName,
      emailAddresses: input.emailAddresses ?? [],
    };
    this.contacts.push(contact);
    return { status: 201, body: contact };
  }

  private toResource(event: GraphFakeEvent) {
    const { calendarId: _calendarId, start, end, ...rest } = event;
    return {
      '@odata.etag': 'W/"fake"',
      ...rest,
      start: { dateTime: toWallTime(start, 'UTC'), timeZone: 'UTC' },
      end: { dateTime: toWallTime(end, 'UTC'), timeZone: 'UTC' },
    };
  }
}

const LITERAL = "'((?:[^']|'')*)'";
const CLAUSES: [RegExp, (contact: GraphFakeContact, value: string) => boolean][] = [
  [
    new RegExp(`^startswith\\(displayName,${LITERAL}\\)$`),
    (c, v) => (c.displayName ?? '').toLowerCase().startsWith(v),
  ],
  [
    new RegExp(`^emailAddresses/any\\(a:startswith\\(a/address,${LITERAL}\\)\\)$`),
    (c, v) => c.emailAddresses.some((e) => e.address.toLowerCase().startsWith(v)),
  ],
  [
    new RegExp(`^emailAddresses/any\\(a:a/address eq ${LITERAL}\\)$`),
    (c, v) => c.emailAddresses.some((e) => e.address.toLowerCase() === v),
  ],
];

/** The OData subset the adapter sends: clauses joined by " or ", quotes doubled inside literals. */
function parseContactFilter(filter: string): ((contact: GraphFakeContact) => boolean) | undefined {
  const parts = filter.split(/ or (?=startswith|emailAddresses)/);
  const predicates: ((contact: GraphFakeContact) => boolean)[] = [];
  for (const part of parts) {
    const clause = CLAUSES.map(([pattern, test]) => ({ match: pattern.exec(part.trim()), test })).find(
      (c) => c.match,
    );
    if (!clause?.match) return undefined;
    const value = (clause.match[1] ?? '').replace(/''/g, "'").toLowerCase();
    predicates.push((contact) => clause.test(contact, value));
  }
  return (contact) => predicates.some((predicate) => predicate(contact));
}

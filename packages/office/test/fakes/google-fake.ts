import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { type BodyShape, findUnknownField } from './body-shape';
import type { FakeRequest, FakeResponse, FakeRoute } from './http-kit';
import { closeServer, FakeHttpService, listenOnLoopback } from './http-kit';
import type { TokenFake } from './token-fake';

export interface GoogleFakeEvent {
  id: string;
  calendarId: string;
  status: 'confirmed' | 'cancelled';
  summary?: string;
  description?: string;
  start: { dateTime: string; timeZone?: string };
  end: { dateTime: string; timeZone?: string };
  attendees?: { email: string; displayName?: string; responseStatus?: string }[];
  transparency?: 'opaque' | 'transparent';
  conferenceData?: unknown;
  hangoutLink?: string;
  htmlLink: string;
}

export interface GoogleFakeCalendar {
  id: string;
  summary: string;
  accessRole: 'owner' | 'writer' | 'reader' | 'freeBusyReader';
  primary: boolean;
  events: Map<string, GoogleFakeEvent>;
}

export interface GoogleFakePerson {
  resourceName: string;
  names?: { displayName?: string; unstructuredName?: string }[];
  emailAddresses?: { value: string }[];
}

const EVENT_ID = /^[a-v0-9]{5,1024}$/;

const STATUS_TEXT: Record<number, [string, string]> = {
  400: ['INVALID_ARGUMENT', 'invalid'],
  401: ['UNAUTHENTICATED', 'authError'],
  403: ['PERMISSION_DENIED', 'forbidden'],
  404: ['NOT_FOUND', 'notFound'],
  409: ['ALREADY_EXISTS', 'duplicate'],
  410: ['NOT_FOUND', 'deleted'],
  429: ['RESOURCE_EXHAUSTED', 'rateLimitExceeded'],
  500: ['INTERNAL', 'backendError'],
  503: ['UNAVAILABLE', 'backendError'],
};

/** Google's error envelope: {error:{code,message,errors:[{domain,reason,message}],status}}. */
export function googleErrorBody(code: number, message?: string, reason?: string) {
  const [status, defaultReason] = STATUS_TEXT[code] ?? ['UNKNOWN', 'unknown'];
  const text = message ?? `Fake Google error ${code}`;
  return {
    error: {
      code,
      message: text,
      errors: [{ domain: 'global', reason: reason ?? defaultReason, message: text }],
      status,
    },
  };
}

function googleError(code: number, message?: string, reason?: string): FakeResponse {
  return { status: code, body: googleErrorBody(code, message, reason) };
}

const EVENT_TIME: BodyShape = { date: true, dateTime: true, timeZone: true };

/** The writable fields of Calendar's Event resource (events.insert / events.patch). */
const EVENT_FIELDS: BodyShape = {
  id: true,
  summary: true,
  description: true,
  location: true,
  colorId: true,
  status: true,
  start: EVENT_TIME,
  end: EVENT_TIME,
  attendees: [
    {
      email: true,
      displayName: true,
      optional: true,
      responseStatus: true,
      comment: true,
      additionalGuests: true,
      resource: true,
    },
  ],
  conferenceData: {
    createRequest: { requestId: true, conferenceSolutionKey: { type: true } },
    conferenceId: true,
    conferenceSolution: true,
    entryPoints: true,
  },
  transparency: true,
  visibility: true,
  reminders: { useDefault: true, overrides: [{ method: true, minutes: true }] },
  guestsCanModify: true,
  guestsCanInviteOthers: true,
  guestsCanSeeOtherGuests: true,
  anyoneCanAddSelf: true,
  extendedProperties: { private: true, shared: true },
  recurrence: true,
  source: { title: true, url: true },
  sequence: true,
};

const FREEBUSY_FIELDS: BodyShape = {
  timeMin: true,
  timeMax: true,
  timeZone: true,
  groupExpansionMax: true,
  calendarExpansionMax: true,
  items: [{ id: true }],
};

/** The fields of a People Person that people.createContact takes and the adapter could send. */
const PERSON_FIELDS: BodyShape = {
  names: [{ displayName: true, unstructuredName: true, givenName: true, familyName: true }],
  emailAddresses: [{ value: true, type: true }],
  phoneNumbers: [{ value: true, type: true }],
  organizations: [{ name: true, title: true }],
};

/** Google's answer to a body field it has no name for. */
function unknownFieldError(field: string): FakeResponse {
  return googleError(
    400,
    `Invalid JSON payload received. Unknown name "${field}": Cannot find field.`,
    'invalid',
  );
}

/** Google's answer to an event whose end is not after its start, word for word. */
function emptyTimeRange(): FakeResponse {
  const message = 'The specified time range is empty.';
  return {
    status: 400,
    body: {
      error: {
        code: 400,
        message,
        errors: [{ domain: 'calendar', reason: 'timeRangeEmpty', message }],
      },
    },
  };
}

function instantOf(time: { date?: string; dateTime?: string } | undefined): number {
  return Date.parse(time?.dateTime ?? time?.date ?? '');
}

/** A start and end Google accepts: both readable, the end strictly after the start. */
function isEmptyRange(start: GoogleFakeEvent['start'], end: GoogleFakeEvent['end']): boolean {
  const from = instantOf(start);
  const to = instantOf(end);
  return Number.isNaN(from) || Number.isNaN(to) || to <= from;
}

const scope = (name: string) => `https://www.googleapis.com/auth/${name}`;
const EVENT_WRITE = ['calendar', 'calendar.events', 'calendar.events.owned', 'calendar.app.created'].map(
  scope,
);

/** The scopes each method accepts (any one of them), from each method's reference page. */
const ACCEPTED_SCOPES: Record<string, string[]> = {
  'calendarList.list': [
    'calendar',
    'calendar.readonly',
    'calendar.calendarlist',
    'calendar.calendarlist.readonly',
  ].map(scope),
  'freebusy.query': ['calendar', 'calendar.readonly', 'calendar.events.freebusy', 'calendar.freebusy'].map(
    scope,
  ),
  'events.insert': EVENT_WRITE,
  'events.get': [
    ...EVENT_WRITE,
    ...['calendar.readonly', 'calendar.events.readonly', 'calendar.events.owned.readonly'].map(scope),
  ],
  'events.patch': EVENT_WRITE,
  'events.delete': EVENT_WRITE,
  'people.searchContacts': ['contacts', 'contacts.readonly'].map(scope),
  'otherContacts.search': [scope('contacts.other.readonly')],
  'people.createContact': [scope('contacts')],
};

/**
 * Google Calendar v3 + People v1 over plain HTTP, keeping state. A token consented to through the token fake
 * holds only its scopes: a method none of them allows answers 403 ACCESS_TOKEN_SCOPE_INSUFFICIENT, as Google does. Route names (for faults):
 * calendarList.list, freebusy.query, events.insert, events.get, events.patch, events.delete,
 * people.searchContacts, otherContacts.search, people.createContact.
 */
export class GoogleFake {
  readonly service: FakeHttpService;
  readonly calendars = new Map<string, GoogleFakeCalendar>();
  readonly contacts: GoogleFakePerson[] = [];
  readonly otherContacts: GoogleFakePerson[] = [];
  /** Page size cap for calendarList, so paging is exercised with few calendars. */
  calendarListPageSize = 2;
  private isSearchCacheWarm = false;
  private readonly server;
  private port = 0;

  private constructor(tokens: TokenFake) {
    const routes: FakeRoute[] = [
      {
        name: 'calendarList.list',
        method: 'GET',
        path: '/calendar/v3/users/me/calendarList',
        handle: (r) => this.listCalendars(r),
      },
      {
        name: 'freebusy.query',
        method: 'POST',
        path: '/calendar/v3/freeBusy',
        handle: (r) => this.freeBusy(r),
      },
      {
        name: 'events.insert',
        method: 'POST',
        path: '/calendar/v3/calendars/:calendarId/events',
        handle: (r) => this.insertEvent(r),
      },
      {
        name: 'events.get',
        method: 'GET',
        path: '/calendar/v3/calendars/:calendarId/events/:eventId',
        handle: (r) => this.getEvent(r),
      },
      {
        name: 'events.patch',
        method: 'PATCH',
        path: '/calendar/v3/calendars/:calendarId/events/:eventId',
        handle: (r) => this.patchEvent(r),
      },
      {
        name: 'events.delete',
        method: 'DELETE',
        path: '/calendar/v3/calendars/:calendarId/events/:eventId',
        handle: (r) => this.deleteEvent(r),
      },
      {
        name: 'people.searchContacts',
        method: 'GET',
        path: '/v1/people:searchContacts',
        handle: (r) => this.search(r, this.contacts),
      },
      {
        name: 'otherContacts.search',
        method: 'GET',
        path: '/v1/otherContacts:search',
        handle: (r) => this.search(r, this.otherContacts),
      },
      {
        name: 'people.createContact',
        method: 'POST',
        path: '/v1/people:createContact',
        handle: (r) => this.createContact(r),
      },
    ];
    this.service = new FakeHttpService({
      errorBody: (status) => googleErrorBody(status),
      isAuthorized: (authorization) => tokens.isValidAccessToken(authorization),
      routes: routes.map((route) => ({
        ...route,
        handle: (request: FakeRequest) => {
          const held = tokens.scopesOf(request.headers.authorization);
          const accepted = ACCEPTED_SCOPES[route.name] ?? [];
          if (held && !held.some((granted) => accepted.includes(granted))) {
            return googleError(
              403,
              'Request had insufficient authentication scopes.',
              'insufficientPermissions',
            );
          }
          return route.handle(request);
        },
      })),
    });
    this.server = createServer(this.service.listener);
  }

  static async start(tokens: TokenFake): Promise<GoogleFake> {
    const fake = new GoogleFake(tokens);
    fake.port = await listenOnLoopback(fake.server);
    return fake;
  }

  /** rootUrl for both the Calendar and People clients. */
  get rootUrl(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  addCalendar(c: {
    id: string;
    summary?: string;
    accessRole?: GoogleFakeCalendar['accessRole'];
    primary?: boolean;
  }) {
    const calendar: GoogleFakeCalendar = {
      id: c.id,
      summary: c.summary ?? c.id,
      accessRole: c.accessRole ?? 'owner',
      primary: c.primary ?? false,
      events: new Map(),
    };
    this.calendars.set(c.id, calendar);
    return calendar;
  }

  addEvent(
    calendarId: string,
    e: { start: Date; end: Date; summary?: string; transparency?: 'opaque' | 'transparent' },
  ) {
    const calendar = this.requireCalendar(calendarId);
    const id = randomBytes(10).toString('hex');
    const event: GoogleFakeEvent = {
      id,
      calendarId: calendar.id,
      status: 'confirmed',
      summary: e.summary,
      start: { dateTime: e.start.toISOString() },
      end: { dateTime: e.end.toISOString() },
      transparency: e.transparency,
      htmlLink: `https://calendar.google.com/event?eid=${id}`,
    };
    calendar.events.set(id, event);
    return event;
  }

  addContact(person: { email: string; name?: string }, list: 'contacts' | 'otherContacts' = 'contacts') {
    const target = list === 'contacts' ? this.contacts : this.otherContacts;
    target.push(toPerson(person, list === 'contacts' ? 'people' : 'otherContacts'));
  }

  /** Events still present (not cancelled) across all calendars. */
  liveEvents(): GoogleFakeEvent[] {
    return [...this.calendars.values()]
      .flatMap((c) => [...c.events.values()])
      .filter((e) => e.status !== 'cancelled');
  }

  /** Back to an empty account: no calendars, contacts, faults or recorded requests. */
  reset(): void {
    this.calendars.clear();
    this.contacts.length = 0;
    this.otherContacts.length = 0;
    this.service.faults.clear();
    this.service.clearLog();
  }

  async close(): Promise<void> {
    await closeServer(this.server);
  }

  private requireCalendar(id: string): GoogleFakeCalendar {
    const calendar = this.findCalendar(id);
    if (!calendar) throw new Error(`no fake calendar ${id}`);
    return calendar;
  }

  private findCalendar(id: string): GoogleFakeCalendar | undefined {
    if (id === 'primary') return [...this.calendars.values()].find((c) => c.primary);
    return this.calendars.get(id);
  }

  private listCalendars(r: FakeRequest): FakeResponse {
    const all = [...this.calendars.values()];
    const offset = Number(r.query.get('pageToken') ?? '0');
    const size = Math.min(Number(r.query.get('maxResults') ?? '100'), this.calendarListPageSize);
    const page = all.slice(offset, offset + size);
    const next = offset + size < all.length ? String(offset + size) : undefined;
    return {
      status: 200,
      body: {
        kind: 'calendar#calendarList',
        etag: '"fake"',
        nextPageToken: next,
        items: page.map((c) => ({
          kind: 'calendar#calendarListEntry',
          id: c.id,
          summary: c.summary,
          accessRole: c.accessRole,
          primary: c.primary || undefined,
          timeZone: 'UTC',
        })),
      },
    };
  }

  private freeBusy(r: FakeRequest): FakeResponse {
    const unknown = findUnknownField(r.body, FREEBUSY_FIELDS);
    if (unknown) return unknownFieldError(unknown);
    const body = r.body as { timeMin?: string; timeMax?: string; items?: { id: string }[] } | undefined;
    if (!body?.timeMin || !body.timeMax) return googleError(400, 'Missing timeMin or timeMax.', 'required');
    const min = Date.parse(body.timeMin);
    const max = Date.parse(body.timeMax);
    if (!(min < max)) return emptyTimeRange();
    const calendars: Record<string, unknown> = {};
    for (const { id } of body.items ?? []) {
      const calendar = this.findCalendar(id);
      if (!calendar) {
        calendars[id] = { errors: [{ domain: 'global', reason: 'notFound' }], busy: [] };
        continue;
      }
      const periods = [...calendar.events.values()]
        .filter((e) => e.status !== 'cancelled' && e.transparency !== 'transparent')
        .map(
          (e) =>
            [Math.max(Date.parse(e.start.dateTime), min), Math.min(Date.parse(e.end.dateTime), max)] as const,
        )
        .filter(([start, end]) => start < end)
        .sort((a, b) => a[0] - b[0]);
      const merged: [number, number][] = [];
      for (const [start, end] of periods) {
        const last = merged.at(-1);
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else merged.push([start, end]);
      }
      calendars[id] = {
        busy: merged.map(([start, end]) => ({
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
        })),
      };
    }
    return {
      status: 200,
      body: { kind: 'calendar#freeBusy', timeMin: body.timeMin, timeMax: body.timeMax, calendars },
    };
  }

  private insertEvent(r: FakeRequest): FakeResponse {
    const calendar = this.findCalendar(r.params.calendarId ?? '');
    if (!calendar) return googleError(404, 'Not Found');
    const unknown = findUnknownField(r.body, EVENT_FIELDS);
    if (unknown) return unknownFieldError(unknown);
    const input = (r.body ?? {}) as Partial<GoogleFakeEvent> & {
      conferenceData?: { createRequest?: unknown };
    };
    const id = input.id ?? randomBytes(10).toString('hex');
    if (!EVENT_ID.test(id)) return googleError(400, 'Invalid resource id value.', 'invalid');
    if (calendar.events.has(id))
      return googleError(409, 'The requested identifier already exists.', 'duplicate');
    if (!input.start?.dateTime || !input.end?.dateTime) return googleError(400, 'Missing time.', 'required');
    if (isEmptyRange(input.start, input.end)) return emptyTimeRange();
    const wantsConference =
      r.query.get('conferenceDataVersion') === '1' && input.conferenceData?.createRequest;
    const meetCode = randomBytes(5).toString('hex');
    const event: GoogleFakeEvent = {
      id,
      calendarId: calendar.id,
      status: 'confirmed',
      summary: input.summary,
      description: input.description,
      start: input.start,
      end: input.end,
      attendees: input.attendees?.map((a) => ({ ...a, responseStatus: 'needsAction' })),
      htmlLink: `https://calendar.google.com/event?eid=${id}`,
      hangoutLink: wantsConference ? `https://meet.google.com/${meetCode}` : undefined,
      conferenceData: wantsConference
        ? {
            conferenceId: meetCode,
            conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
            entryPoints: [{ entryPointType: 'video', uri: `https://meet.google.com/${meetCode}` }],
          }
        : undefined,
    };
    calendar.events.set(id, event);
    return { status: 200, body: toEventResource(event) };
  }

  private findEvent(r: FakeRequest): GoogleFakeEvent | undefined {
    const calendar = this.findCalendar(r.params.calendarId ?? '');
    return calendar?.events.get(r.params.eventId ?? '');
  }

  private getEvent(r: FakeRequest): FakeResponse {
    const event = this.findEvent(r);
    if (!event) return googleError(404, 'Not Found');
    return { status: 200, body: toEventResource(event) };
  }

  private patchEvent(r: FakeRequest): FakeResponse {
    const event = this.findEvent(r);
    if (!event) return googleError(404, 'Not Found');
    if (event.status === 'cancelled') return googleError(410, 'Resource has been deleted', 'deleted');
    const unknown = findUnknownField(r.body, EVENT_FIELDS);
    if (unknown) return unknownFieldError(unknown);
    const patch = (r.body ?? {}) as Partial<GoogleFakeEvent>;
    if (isEmptyRange(patch.start ?? event.start, patch.end ?? event.end)) return emptyTimeRange();
    for (const key of ['summary', 'description', 'start', 'end', 'attendees'] as const) {
      if (patch[key] !== undefined) Object.assign(event, { [key]: patch[key] });
    }
    return { status: 200, body: toEventResource(event) };
  }

  private deleteEvent(r: FakeRequest): FakeResponse {
    const event = this.findEvent(r);
    if (!event) return googleError(404, 'Not Found');
    if (event.status === 'cancelled') return googleError(410, 'Resource has been deleted', 'deleted');
    event.status = 'cancelled';
    return { status: 204 };
  }

  private search(r: FakeRequest, source: GoogleFakePerson[]): FakeResponse {
    if (!r.query.get('readMask')) return googleError(400, 'readMask is required', 'badRequest');
    const query = (r.query.get('query') ?? '').toLowerCase();
    if (!query) {
      this.isSearchCacheWarm = true;
      return { status: 200, body: {} };
    }
    // Without the warm-up request Google serves a stale (here: empty) index.
    if (!this.isSearchCacheWarm) return { status: 200, body: {} };
    const pageSize = Number(r.query.get('pageSize') ?? '10');
    const results = source
      .filter((person) => matchesPrefix(person, query))
      .slice(0, pageSize)
      .map((person) => ({ person }));
    return { status: 200, body: results.length ? { results } : {} };
  }

  private createContact(r: FakeRequest): FakeResponse {
    const unknown = findUnknownField(r.body, PERSON_FIELDS);
    if (unknown) return unknownFieldError(unknown);
    const input = (r.body ?? {}) as Omit<GoogleFakePerson, 'resourceName'>;
    if (!input.emailAddresses?.length && !input.names?.length)
      return googleError(400, 'Empty person', 'invalid');
    const person: GoogleFakePerson = {
      resourceName: `people/c${randomBytes(6).toString('hex')}`,
      names: input.names?.map((n) => ({ ...n, displayName: n.displayName ?? n.unstructuredName })),
      emailAddresses: input.emailAddresses,
    };
    this.contacts.push(person);
    return { status: 200, body: person };
  }
}

function toEventResource(event: GoogleFakeEvent) {
  const { calendarId: _calendarId, ...resource } = event;
  return { kind: 'calendar#event', etag: '"fake"', ...resource };
}

function toPerson(person: { email: string; name?: string }, prefix: string): GoogleFakePerson {
  return {
    resourceName: `${prefix}/c${randomBytes(6).toString('hex')}`,
    names: person.name ? [{ displayName: person.name, unstructuredName: person.name }] : undefined,
    emailAddresses: [{ value: person.email }],
  };
}

function matchesPrefix(person: GoogleFakePerson, query: string): boolean {
  const words = [
    ...(person.names ?? []).flatMap((n) => (n.displayName ?? '').toLowerCase().split(/\s+/)),
    ...(person.emailAddresses ?? []).map((e) => e.value.toLowerCase()),
  ];
  return words.some((word) => word.startsWith(query));
}

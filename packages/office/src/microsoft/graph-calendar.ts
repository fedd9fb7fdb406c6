import type { BusyBlock, CalendarInfo, CreatedEvent, EventPatch, NewEvent } from '../port';
import type { ProviderCaller } from '../provider-call';
import { graphStatusOf } from './classify-graph-error';
import type { GraphPage, GraphRequestFactory } from './graph-request';
import { calendarPath, withQuery } from './graph-request';
import { formatGraphUtcDateTime, parseGraphDateTime } from './windows-time-zones';

interface GraphCalendar {
  id?: string;
  name?: string;
  isDefaultCalendar?: boolean;
  canEdit?: boolean;
}

interface GraphDateTime {
  dateTime?: string;
  timeZone?: string;
}

interface GraphEvent {
  id?: string;
  start?: GraphDateTime;
  end?: GraphDateTime;
  showAs?: string;
  isCancelled?: boolean;
  webLink?: string;
  onlineMeeting?: { joinUrl?: string } | null;
}

/** These showAs values leave the owner bookable. */
const NOT_BUSY = new Set(['free', 'workingElsewhere']);
const PAGE_SIZE = 100;

export function createGraphCalendarOperations(request: GraphRequestFactory, call: ProviderCaller) {
  async function readAllPages<T>(operationName: string, firstPath: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = firstPath;
    while (next) {
      const pathOrUrl: string = next;
      const page: GraphPage<T> = await call(operationName, () => request(pathOrUrl).get());
      items.push(...(page.value ?? []));
      next = page['@odata.nextLink'];
    }
    return items;
  }

  async function listCalendars(): Promise<CalendarInfo[]> {
    const calendars = await readAllPages<GraphCalendar>(
      'calendars.list',
      withQuery('/me/calendars', { $select: 'id,name,isDefaultCalendar,canEdit', $top: PAGE_SIZE }),
    );
    return calendars.flatMap((calendar) =>
      calendar.id
        ? [
            {
              id: calendar.id,
              name: calendar.name ?? calendar.id,
              primary: calendar.isDefaultCalendar === true,
              canWrite: calendar.canEdit === true,
            },
          ]
        : [],
    );
  }

  async function getBusy(range: { start: Date; end: Date }, calendarIds: string[]): Promise<BusyBlock[]> {
    const blocks: BusyBlock[] = [];
    for (const calendarId of calendarIds) {
      const events = await readAllPages<GraphEvent>(
        'calendarView',
        withQuery(`${calendarPath(calendarId)}/calendarView`, {
          startDateTime: range.start.toISOString(),
          endDateTime: range.end.toISOString(),
          $select: 'start,end,showAs,isCancelled',
          $top: PAGE_SIZE,
        }),
      );
      for (const event of events) {
        if (event.isCancelled || NOT_BUSY.has(event.showAs ?? 'busy') || !event.start || !event.end) continue;
        blocks.push({
          start: parseGraphDateTime(event.start),
          end: parseGraphDateTime(event.end),
          calendarId,
        });
      }
    }
    return blocks;
  }

  async function createEvent(calendarId: string, event: NewEvent): Promise<CreatedEvent> {
    const created: GraphEvent = await call('events.create', () =>
      request(`${calendarPath(calendarId)}/events`).post({
        ...toGraphEventFields(event),
        // Graph's idempotency key: a retried POST with the same transactionId returns the first event.
        transactionId: event.id,
      }),
    );
    if (!created.id) throw new Error('Graph created an event without an id');
    return {
      eventId: created.id,
      htmlLink: created.webLink,
      conferenceUrl: created.onlineMeeting?.joinUrl ?? undefined,
    };
  }

  async function updateEvent(_calendarId: string, eventId: string, patch: EventPatch): Promise<void> {
    await call('events.update', () =>
      request(`/me/events/${encodeURIComponent(eventId)}`).patch(toGraphEventFields(patch)),
    );
  }

  async function cancelEvent(_calendarId: string, eventId: string): Promise<void> {
    await call('events.delete', async () => {
      try {
        // DELETE, not /cancel: our events carry no attendees (ADR 007), and /cancel is for meetings only. On an
        // older event that still has attendees, the organizer's DELETE sends them Outlook's cancellation.
        await request(`/me/events/${encodeURIComponent(eventId)}`).delete();
      } catch (error) {
        if (graphStatusOf(error) === 404) return;
        throw error;
      }
    });
  }

  return { listCalendars, getBusy, createEvent, updateEvent, cancelEvent };
}

function toGraphEventFields(event: EventPatch): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (event.title !== undefined) fields.subject = event.title;
  if (event.description !== undefined) fields.body = { contentType: 'text', content: event.description };
  if (event.start !== undefined) fields.start = formatGraphUtcDateTime(event.start);
  if (event.end !== undefined) fields.end = formatGraphUtcDateTime(event.end);
  if (event.attendees !== undefined) {
    fields.attendees = event.attendees.map((attendee) => ({
      emailAddress: { address: attendee.email, name: attendee.name },
      type: 'required',
    }));
  }
  if (event.withConference !== undefined) {
    fields.isOnlineMeeting = event.withConference;
    if (event.withConference) fields.onlineMeetingProvider = 'teamsForBusiness';
  }
  return fields;
}

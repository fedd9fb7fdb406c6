import type { calendar_v3 } from '@googleapis/calendar';
import type { BusyBlock, CalendarInfo, CreatedEvent, EventPatch, NewEvent } from '../port';
import type { ProviderCaller } from '../provider-call';
import { PartialOutageError } from '../provider-call';
import { googleStatusOf } from './classify-google-error';
import { toGoogleEventId } from './google-event-id';

/** freeBusy accepts at most this many calendars per query. */
const FREEBUSY_MAX_CALENDARS = 50;
const WRITABLE_ROLES = new Set(['owner', 'writer']);

export function createGoogleCalendarOperations(api: calendar_v3.Calendar, call: ProviderCaller) {
  async function listCalendars(): Promise<CalendarInfo[]> {
    const calendars: CalendarInfo[] = [];
    let pageToken: string | undefined;
    do {
      const page = await call('calendarList.list', () =>
        api.calendarList.list({ maxResults: 250, pageToken, showHidden: false }),
      );
      for (const entry of page.data.items ?? []) {
        if (!entry.id) continue;
        calendars.push({
          id: entry.id,
          name: entry.summaryOverride ?? entry.summary ?? entry.id,
          primary: entry.primary === true,
          canWrite: WRITABLE_ROLES.has(entry.accessRole ?? ''),
        });
      }
      pageToken = page.data.nextPageToken ?? undefined;
    } while (pageToken);
    return calendars;
  }

  async function getBusy(range: { start: Date; end: Date }, calendarIds: string[]): Promise<BusyBlock[]> {
    const blocks: BusyBlock[] = [];
    for (let offset = 0; offset < calendarIds.length; offset += FREEBUSY_MAX_CALENDARS) {
      const chunk = calendarIds.slice(offset, offset + FREEBUSY_MAX_CALENDARS);
      const answer = await call('freebusy.query', async () => {
        const response = await api.freebusy.query({
          requestBody: {
            timeMin: range.start.toISOString(),
            timeMax: range.end.toISOString(),
            timeZone: 'UTC',
            items: chunk.map((id) => ({ id })),
          },
        });
        throwOnCalendarOutage(response.data.calendars ?? {});
        return response.data;
      });
      for (const calendarId of chunk) {
        for (const period of answer.calendars?.[calendarId]?.busy ?? []) {
          if (!period.start || !period.end) continue;
          blocks.push({ start: new Date(period.start), end: new Date(period.end), calendarId });
        }
      }
    }
    return blocks;
  }

  async function createEvent(calendarId: string, event: NewEvent): Promise<CreatedEvent> {
    const eventId = toGoogleEventId(event.id);
    const created = await call('events.insert', async () => {
      try {
        const response = await api.events.insert({
          calendarId,
          conferenceDataVersion: event.withConference ? 1 : 0,
          sendUpdates: 'none',
          requestBody: {
            id: eventId,
            ...toGoogleEventFields(event),
            conferenceData: event.withConference
              ? { createRequest: { requestId: event.id, conferenceSolutionKey: { type: 'hangoutsMeet' } } }
              : undefined,
          },
        });
        return response.data;
      } catch (error) {
        // 409: an earlier attempt (whose answer we lost) already created it.
        if (googleStatusOf(error) !== 409) throw error;
        const existing = await api.events.get({ calendarId, eventId });
        return existing.data;
      }
    });
    return {
      eventId: created.id ?? eventId,
      htmlLink: created.htmlLink ?? undefined,
      conferenceUrl: readConferenceUrl(created),
    };
  }

  async function updateEvent(calendarId: string, eventId: string, patch: EventPatch): Promise<void> {
    await call('events.patch', () =>
      api.events.patch({
        calendarId,
        eventId,
        sendUpdates: 'none',
        conferenceDataVersion: patch.withConference === undefined ? undefined : 1,
        requestBody: {
          ...toGoogleEventFields(patch),
          conferenceData: patch.withConference
            ? {
                createRequest: {
                  requestId: `${eventId}-conf`,
                  conferenceSolutionKey: { type: 'hangoutsMeet' },
                },
              }
            : undefined,
        },
      }),
    );
  }

  async function cancelEvent(calendarId: string, eventId: string): Promise<void> {
    await call('events.delete', async () => {
      try {
        await api.events.delete({ calendarId, eventId, sendUpdates: 'none' });
      } catch (error) {
        const status = googleStatusOf(error);
        // 410 Gone / 404: deleted before, possibly by an earlier attempt whose answer we lost.
        if (status === 404 || status === 410) return;
        throw error;
      }
    });
  }

  return { listCalendars, getBusy, createEvent, updateEvent, cancelEvent };
}

function toGoogleEventFields(event: EventPatch): calendar_v3.Schema$Event {
  const fields: calendar_v3.Schema$Event = {};
  if (event.title !== undefined) fields.summary = event.title;
  if (event.description !== undefined) fields.description = event.description;
  if (event.start !== undefined)
    fields.start = { dateTime: event.start.toISOString(), timeZone: event.timeZone };
  if (event.end !== undefined) fields.end = { dateTime: event.end.toISOString(), timeZone: event.timeZone };
  if (event.attendees !== undefined) {
    fields.attendees = event.attendees.map((attendee) => ({
      email: attendee.email,
      displayName: attendee.name,
    }));
  }
  return fields;
}

function readConferenceUrl(event: calendar_v3.Schema$Event): string | undefined {
  if (event.hangoutLink) return event.hangoutLink;
  const video = event.conferenceData?.entryPoints?.find((entry) => entry.entryPointType === 'video');
  return video?.uri ?? undefined;
}

function throwOnCalendarOutage(calendars: Record<string, calendar_v3.Schema$FreeBusyCalendar>): void {
  for (const [calendarId, result] of Object.entries(calendars)) {
    // notFound: the calendar was removed or unshared; it simply has no busy time for us.
    const outage = (result.errors ?? []).find((error) => error.reason !== 'notFound');
    if (outage) throw new PartialOutageError(`freebusy ${calendarId}: ${outage.reason ?? 'error'}`);
  }
}

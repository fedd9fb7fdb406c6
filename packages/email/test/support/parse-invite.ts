import ICAL from 'ical.js';
import type { Attachment, ParsedMail } from 'mailparser';

export interface ParsedInvite {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  start: Date;
  end: Date;
  isUtc: boolean;
  organizer: { cn: string; value: string };
  attendee: { cn: string; value: string; rsvp: string; partstat: string; role: string };
}

function requireProperty(component: ICAL.Component, name: string): ICAL.Property {
  const property = component.getFirstProperty(name);
  if (property === null) throw new Error(`Invite has no ${name}`);
  return property;
}

function parameter(property: ICAL.Property, name: string): string {
  const value = property.getParameter(name);
  return typeof value === 'string' ? value : '';
}

/** Reads an ICS text with ical.js, the way a calendar client would. */
export function parseInvite(ics: string): ParsedInvite {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (vevent === null) throw new Error('Invite has no VEVENT');
  const event = new ICAL.Event(vevent);
  const organizer = requireProperty(vevent, 'organizer');
  // A PUBLISH copy invites nobody: it has no ATTENDEE, read as empty values here.
  const attendee = vevent.getFirstProperty('attendee') ?? new ICAL.Property('attendee');
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    status: String(vevent.getFirstPropertyValue('status')),
    summary: event.summary,
    description: event.description,
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    isUtc:
      event.startDate.zone === ICAL.Timezone.utcTimezone && event.endDate.zone === ICAL.Timezone.utcTimezone,
    organizer: { cn: parameter(organizer, 'cn'), value: String(organizer.getFirstValue()) },
    attendee: {
      cn: parameter(attendee, 'cn'),
      value: String(attendee.getFirstValue() ?? ''),
      rsvp: parameter(attendee, 'rsvp'),
      partstat: parameter(attendee, 'partstat'),
      role: parameter(attendee, 'role'),
    },
  };
}

/** The text/calendar alternative, the part calendar-aware clients act on. */
export function findCalendarPart(mail: ParsedMail): Attachment {
  const part = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  if (part === undefined) throw new Error('Message has no text/calendar part');
  return part;
}

export function calendarPartMethod(part: Attachment): string | undefined {
  const header = part.headers.get('content-type');
  if (typeof header !== 'object' || header === null || !('params' in header)) return undefined;
  const params: object = header.params;
  return 'method' in params && typeof params.method === 'string' ? params.method : undefined;
}

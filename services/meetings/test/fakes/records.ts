import { defaultLinkSettings } from '../../src/domain/links/link-settings';
import type { StoredBooking } from '../../src/ports/bookings';
import type { LinkRecord } from '../../src/ports/links';
import type { OneTimeLinkRecord } from '../../src/ports/one-time-links';
import type { OwnerProfile } from '../../src/ports/owners';
import type { TemplateRecord } from '../../src/ports/templates';

/** Rows as the ports return them, for use-case tests over memory. Each takes overrides. */

export const OWNER_ID = 'owner-1';
const CREATED = new Date('2026-05-01T08:00:00.000Z');

export function ownerProfile(overrides: Partial<OwnerProfile> = {}): OwnerProfile {
  return {
    id: OWNER_ID,
    email: 'ann@example.com',
    name: 'Ann',
    timeZone: 'UTC',
    locale: null,
    timeZoneChosen: true,
    avatarDigest: null,
    ...overrides,
  };
}

/** A link open 09:00–17:00 UTC on weekdays, 30-minute meetings, no notice needed. */
export function linkRecord(overrides: Partial<LinkRecord> = {}): LinkRecord {
  return {
    id: 'link-1',
    ownerId: OWNER_ID,
    templateId: null,
    title: 'Intro call',
    description: '',
    tokenSealed: 'sealed:link-token',
    isActive: true,
    settings: { ...defaultLinkSettings('UTC'), minNoticeMinutes: 0 },
    minChangeNoticeMinutes: 1440,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

export function oneTimeLinkRecord(overrides: Partial<OneTimeLinkRecord> = {}): OneTimeLinkRecord {
  return {
    id: 'one-time-1',
    linkId: 'link-1',
    ownerId: OWNER_ID,
    recipientEmail: 'rita@example.com',
    recipientName: null,
    expiresAt: new Date('2026-07-01T00:00:00.000Z'),
    status: 'active',
    pickedSlots: null,
    bookingId: null,
    createdAt: CREATED,
    tokenSealed: 'sealed:one-time-token',
    ...overrides,
  };
}

export function templateRecord(overrides: Partial<TemplateRecord> = {}): TemplateRecord {
  return {
    id: 'template-1',
    ownerId: OWNER_ID,
    name: 'Sales call',
    description: '',
    questions: [],
    emailFollowupEnabled: false,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

export function storedBooking(overrides: Partial<StoredBooking> = {}): StoredBooking {
  return {
    id: 'booking-1',
    ownerId: OWNER_ID,
    linkId: 'link-1',
    oneTimeLinkId: null,
    status: 'confirmed',
    startsAt: new Date('2026-06-03T09:00:00.000Z'),
    endsAt: new Date('2026-06-03T09:30:00.000Z'),
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    recipientName: 'Rita',
    recipientEmail: 'rita@example.com',
    recipientTimeZone: 'UTC',
    answers: {},
    conferenceUrl: null,
    icsSequence: 0,
    createdAt: CREATED,
    cancelledAt: null,
    cancelReason: null,
    cancelledBy: null,
    rescheduledAt: null,
    manageTokenSealed: null,
    ...overrides,
  };
}

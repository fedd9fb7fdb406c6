import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../src/adapters/db/client';
import {
  bookingLinks,
  bookingSideEffects,
  bookings,
  bookingTemplates,
  owners,
} from '../../src/adapters/db/schema';
import type { SideEffectKind } from '../../src/ports/side-effects';

export interface BookingFixture {
  ownerId: string;
  linkId: string;
  bookingId: string;
  sideEffectIds: Record<string, string>;
}

export interface BookingOverrides {
  owner?: { email?: string; name?: string; timeZone?: string };
  followUp?: boolean;
  /** The link asks for a video call on each event. */
  videoCall?: boolean;
  start?: Date;
  minutes?: number;
  recipient?: { name?: string; email?: string; timeZone?: string };
  answers?: Record<string, unknown>;
  /** Side-effect rows written with the booking, as the booking transaction does. Default: all but follow-up. */
  sideEffects?: SideEffectKind[];
  ownerId?: string;
}

/** An owner, a template, a link and a confirmed booking with its side-effect rows, as the booking flow leaves them. */
export async function insertBookingWithSideEffects(
  db: Db,
  overrides: BookingOverrides = {},
): Promise<BookingFixture> {
  const ownerId =
    overrides.ownerId ??
    (
      await db
        .insert(owners)
        .values({
          email: overrides.owner?.email ?? `owner-${randomBytes(4).toString('hex')}@example.com`,
          name: overrides.owner?.name ?? 'Ann Owner',
          timeZone: overrides.owner?.timeZone ?? 'Europe/Berlin',
        })
        .returning({ id: owners.id })
    )[0]?.id;
  if (!ownerId) throw new Error('owner not inserted');
  const [template] = await db
    .insert(bookingTemplates)
    .values({
      ownerId,
      name: 'Intro',
      questions: [
        { id: 'topic', label: 'What is it about?', kind: 'text', required: true },
        { id: 'size', label: 'Team size', kind: 'single_choice', required: false, options: ['1-10', '11+'] },
      ],
      emailFollowupEnabled: overrides.followUp ?? false,
    })
    .returning({ id: bookingTemplates.id });
  const [link] = await db
    .insert(bookingLinks)
    .values({
      ownerId,
      templateId: template?.id,
      title: 'Intro call',
      description: 'A first conversation.',
      tokenHash: randomBytes(16).toString('hex'),
      tokenSealed: 'sealed',
      settings: {
        timeZone: 'Europe/Berlin',
        durations: [30],
        defaultDuration: 30,
        videoCall: overrides.videoCall ?? false,
      },
    })
    .returning({ id: bookingLinks.id });
  if (!link) throw new Error('link not inserted');
  const start = overrides.start ?? new Date('2030-03-04T09:00:00Z');
  const end = new Date(start.getTime() + (overrides.minutes ?? 30) * 60_000);
  const bookingId = randomUUID();
  await db.insert(bookings).values({
    id: bookingId,
    ownerId,
    linkId: link.id,
    startsAt: start,
    endsAt: end,
    recipientName: overrides.recipient?.name ?? 'Ada Lovelace',
    recipientEmail: overrides.recipient?.email ?? 'ada@example.com',
    recipientTimeZone: overrides.recipient?.timeZone ?? 'America/New_York',
    answers: overrides.answers ?? { topic: 'Pricing for 40 seats', size: '11+' },
  });
  const kinds = overrides.sideEffects ?? ['create_event', 'send_confirmations', 'create_contact'];
  const sideEffectIds: Record<string, string> = {};
  for (const kind of kinds) {
    const [row] = await db
      .insert(bookingSideEffects)
      .values({ bookingId, kind, runAfter: kind === 'send_follow_up' ? end : new Date() })
      .returning({ id: bookingSideEffects.id });
    if (row) sideEffectIds[kind] = row.id;
  }
  return { ownerId, linkId: link.id, bookingId, sideEffectIds };
}

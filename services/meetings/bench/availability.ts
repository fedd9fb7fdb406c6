// Public availability (`GET /bookings/public/{token}/availability`) against a bare Fastify route serving the same
// answer: windows of 14, 31 and 62 days of a plain link, and 14 days of an owner with 500 bookings in range.
import { join } from 'node:path';
import { bookings } from '../src/adapters/db/schema';
import type { Container } from '../src/container';
import { SlotSchema } from '../src/http/routes/one-time-links/one-time-links.schemas';
import { AvailabilitySchema } from '../src/http/routes/public/public.schemas';
import type { BenchRow, BenchSection } from './section';
import { measurePair, ratioRow } from './support/load';
import { benchDatabase, getJson, productionEnv, seed, startBare, startService } from './support/service';

const DAY_MS = 86_400_000;
const BOOKINGS_IN_RANGE = 500;
/** The visitor's zone differs from the link's, as it often does on a public page. */
const VISITOR_ZONE = 'America/New_York';

/** Office hours Monday to Friday in Berlin, bookable at once and a year ahead: every window is full of slots. */
const LINK_SETTINGS = {
  timeZone: 'Europe/Berlin',
  durations: [30],
  defaultDuration: 30,
  minNoticeMinutes: 0,
  maxAdvanceDays: 365,
};

export const availabilitySection: BenchSection = {
  name: 'availability',
  async run(environment) {
    const database = await benchDatabase(environment);
    try {
      const env = productionEnv(environment, database.url);
      const from = Math.ceil(Date.now() / DAY_MS) * DAY_MS + DAY_MS;
      const tokens = await seed(env, (container) => seedOwners(container, from));
      const service = await startService(env, join(environment.scratchDir, 'service.log'));
      try {
        const cases = [
          { name: 'availability, 14 days', token: tokens.plain, days: 14, minRatio: 0.5 },
          { name: 'availability, 31 days', token: tokens.plain, days: 31, minRatio: 0.5 },
          { name: 'availability, 62 days', token: tokens.plain, days: 62, minRatio: 0.5 },
          { name: 'availability, 14 days, 500 bookings', token: tokens.busy, days: 14, minRatio: 0.4 },
        ];
        const rows: BenchRow[] = [];
        for (const { name, token, days, minRatio } of cases) {
          const path = `/bookings/public/${token}/availability`;
          const query = new URLSearchParams({
            from: new Date(from).toISOString(),
            to: new Date(from + days * DAY_MS).toISOString(),
            timezone: VISITOR_ZONE,
          });
          const url = `${service.baseUrl}${path}?${query}`;
          const payload = await getJson(url);
          const bare = await startBare(
            { path, schemas: [SlotSchema, AvailabilitySchema], response: { $ref: 'Availability#' }, payload },
            environment.scratchDir,
          );
          try {
            const rates = await measurePair(url, `${bare.baseUrl}${path}?${query}`);
            rows.push(ratioRow(name, rates.ours, rates.baseline, minRatio));
          } finally {
            await bare.stop();
          }
        }
        return rows;
      } finally {
        await service.stop();
      }
    } finally {
      await database.drop();
    }
  },
};

/** A plain link's owner, and an owner whose link has BOOKINGS_IN_RANGE bookings around the 14-day window. */
async function seedOwners(container: Container, from: number) {
  const plainOwner = await container.repositories.owners.ensureLocal('bench-plain@bookings.local');
  const plain = await container.links.createLink(plainOwner, { title: 'Plain', settings: LINK_SETTINGS });
  const busyOwner = await container.repositories.owners.ensureLocal('bench-busy@bookings.local');
  const busy = await container.links.createLink(busyOwner, { title: 'Busy', settings: LINK_SETTINGS });
  // Spread evenly over the window and the margin read around it (8 days each side), 15 minutes each.
  const spanStart = from - 8 * DAY_MS;
  const spacing = Math.floor((30 * DAY_MS) / BOOKINGS_IN_RANGE);
  await container.database.db.insert(bookings).values(
    Array.from({ length: BOOKINGS_IN_RANGE }, (_, index) => ({
      ownerId: busyOwner.id,
      linkId: busy.id,
      startsAt: new Date(spanStart + index * spacing),
      endsAt: new Date(spanStart + index * spacing + 15 * 60_000),
      status: 'confirmed' as const,
      recipientName: `Visitor ${index}`,
      recipientEmail: `visitor${index}@example.com`,
      recipientTimeZone: 'Europe/Berlin',
      answers: {},
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
    })),
  );
  return { plain: tokenOf(plain.url), busy: tokenOf(busy.url) };
}

const tokenOf = (url: string): string => url.split('/public/bookings/')[1] ?? '';

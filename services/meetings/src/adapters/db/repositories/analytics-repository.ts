import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { AnalyticsKind, AnalyticsRepository } from '../../../ports/analytics';
import type { Db } from '../client';
import { analyticsEvents, bookingLinks } from '../schema';

export function createAnalyticsRepository(db: Db): AnalyticsRepository {
  return {
    async record(event) {
      await db.insert(analyticsEvents).values({
        linkId: event.linkId,
        kind: event.kind,
        referrerOrigin: event.referrerOrigin ?? null,
        occurredAt: event.occurredAt,
        count: event.count ?? 1,
      });
    },

    async recordMany(events) {
      if (events.length === 0) return;
      // One JSON parameter whatever the number of events: a second's worth of page views is one statement, and
      // JSON.stringify makes its text natively (the driver escaped array parameters element by element, a
      // twentieth of a busy booking page's time). A view of a link deleted meanwhile is dropped, so it cannot
      // make the whole batch fail its foreign key.
      const rows = events.map((e) => ({
        link_id: e.linkId,
        kind: e.kind,
        referrer_origin: e.referrerOrigin ?? null,
        occurred_at: e.occurredAt,
        count: e.count ?? 1,
      }));
      await db.execute(sql`
        INSERT INTO ${analyticsEvents} (link_id, kind, referrer_origin, occurred_at, count)
        SELECT e.link_id, e.kind, e.referrer_origin, e.occurred_at, e.count
        FROM json_to_recordset(${JSON.stringify(rows)}::json)
          AS e(link_id uuid, kind text, referrer_origin text, occurred_at timestamptz, count integer)
        WHERE EXISTS (SELECT 1 FROM ${bookingLinks} l WHERE l.id = e.link_id)`);
    },

    async countPerLocalDay(linkId, timeZone, range) {
      // The zone is a validated IANA name; PostgreSQL's zone database answers the local date. Grouping by
      // position: the same expression written twice would carry two parameters and differ to PostgreSQL.
      const localDate = sql<string>`to_char(${analyticsEvents.occurredAt} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')`;
      const rows = await db
        .select({
          date: localDate,
          kind: analyticsEvents.kind,
          count: sql<number>`sum(${analyticsEvents.count})::int`,
        })
        .from(analyticsEvents)
        .where(
          and(
            eq(analyticsEvents.linkId, linkId),
            gte(analyticsEvents.occurredAt, range.start),
            lt(analyticsEvents.occurredAt, range.end),
          ),
        )
        .groupBy(sql`1`, sql`2`);
      return rows.flatMap((row) =>
        isAnalyticsKind(row.kind) ? [{ date: row.date, kind: row.kind, count: Number(row.count) }] : [],
      );
    },
  };
}

const KINDS: readonly string[] = ['view', 'booked', 'cancelled', 'rescheduled'] satisfies AnalyticsKind[];
const isAnalyticsKind = (kind: string): kind is AnalyticsKind => KINDS.includes(kind);

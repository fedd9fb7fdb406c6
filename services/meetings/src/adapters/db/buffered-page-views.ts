import type { AnalyticsEvent, AnalyticsRepository } from '../../ports/analytics';

export interface BufferedPageViews extends AnalyticsRepository {
  /** Writes every view still held; the app calls it on close, before the database goes. */
  flush(): Promise<void>;
}

/**
 * Page views kept off the request path: the booking page's header answers without an INSERT, and the views
 * of a moment are written together in one statement. Views of one link from one origin within one second are
 * one row with their count, at that second's start: a busy page costs the database a row a second, not a row a
 * view (at 10,000 views a second their inserts took a core), and every time zone's offset is whole seconds, so
 * no view changes local day. The owner's own reading of analytics writes them first, so counts are never behind
 * what was viewed; a clean shutdown writes them too, so none is lost. (A crash loses at most the last
 * `flushAfterMs` of views: analytics, not bookings.) Every other event is written at once, as before.
 */
export function bufferPageViews(
  repository: AnalyticsRepository,
  options: {
    flushAfterMs: number;
    /** Rows held (distinct link, origin and second) before they are written without waiting. */
    maxBuffered: number;
    onError: (error: unknown) => void;
  },
): BufferedPageViews {
  /** Keyed by link, origin and second: the row a view adds its count to. */
  let pending = new Map<string, AnalyticsEvent & { count: number }>();
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = [...pending.values()];
    pending = new Map();
    if (batch.length > 0) {
      // One write after another, so a flush awaited by a reader covers every view recorded before it.
      writing = writing.then(() => repository.recordMany(batch)).catch(options.onError);
    }
    return writing;
  }

  return {
    async record(event) {
      if (event.kind !== 'view') return repository.record(event);
      const second = Math.floor(event.occurredAt.getTime() / 1000);
      const key = `${event.linkId} ${second} ${event.referrerOrigin ?? ''}`;
      const held = pending.get(key);
      if (held) held.count += event.count ?? 1;
      else
        pending.set(key, {
          linkId: event.linkId,
          kind: 'view',
          referrerOrigin: event.referrerOrigin ?? null,
          occurredAt: new Date(second * 1000),
          count: event.count ?? 1,
        });
      if (pending.size >= options.maxBuffered) void flush();
      else if (!timer) {
        timer = setTimeout(() => void flush(), options.flushAfterMs);
        // A pending write never keeps the process alive: close() flushes.
        timer.unref();
      }
    },
    recordMany: (events) => repository.recordMany(events),
    async countPerLocalDay(linkId, timeZone, range) {
      await flush();
      return repository.countPerLocalDay(linkId, timeZone, range);
    },
    flush,
  };
}
